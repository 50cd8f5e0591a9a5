package cn.liulin.enforcement.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Every rule of who may do what in the console (spec §8), asked of the real application
 * (its security filters, controllers and PostgreSQL) through MockMvc, signed in through
 * the real login form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSecurityTests {

    @TempDir
    static Path workspace;

    private ConsoleFixture bureau;

    private MockMvc mvc;

    private JdbcClient database;

    @BeforeAll
    void start() throws Exception {
        bureau = new ConsoleFixture(workspace, "--reporting.console.max-upload-size=20KB");
        mvc = MockMvcBuilders.webAppContextSetup(bureau.server.context()).apply(springSecurity()).build();
        database = bureau.server.context().getBean(JdbcClient.class);
    }

    @AfterAll
    void stop() {
        bureau.close();
    }

    private MockHttpSession signIn(String user) throws Exception {
        var result = mvc.perform(formLogin("/login").user(user).password(ConsoleFixture.PASSWORD))
            .andExpect(redirectedUrl("/board"))
            .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String page : new String[] { "/board", "/upload", "/reports", "/jobs", "/audit",
                "/reports/file?folder=2025-06&name=x.pdf" }) {
            mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/login")).andExpect(status().isOk());
        // htmx is told to load the login page whole.
        mvc.perform(get("/jobs/runs").header("HX-Request", "true"))
            .andExpect(status().isUnauthorized())
            .andExpect(header().string("HX-Redirect", "/login"));
    }

    @Test
    void aWrongPasswordIsRefusedAndAnUnknownPageIsDenied() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("wrong-password"))
            .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/actuator/env").session(signIn("admin"))).andExpect(status().isForbidden());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/jobs/run/monthly").param("period", "2025-06").param("key", "k1").session(admin))
            .andExpect(status().isForbidden());
        mvc.perform(multipart("/upload").file(file("x.csv", "股室".getBytes(StandardCharsets.UTF_8))).session(admin))
            .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "admin").param("password", ConsoleFixture.PASSWORD))
            .andExpect(status().isForbidden());
        assertThat(inbox()).isEmpty();
    }

    @Test
    void eachRoleOpensOnlyItsPages() throws Exception {
        MockHttpSession viewer = signIn("sfj");
        mvc.perform(get("/board").session(viewer)).andExpect(status().isOk());
        mvc.perform(get("/reports").session(viewer)).andExpect(status().isOk());
        mvc.perform(get("/upload").session(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/jobs").session(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(viewer)).andExpect(status().isForbidden());
        mvc.perform(
                post("/jobs/run/monthly").param("period", "2025-06").param("key", "k2").with(csrf()).session(viewer))
            .andExpect(status().isForbidden());
        mvc.perform(multipart("/upload").file(file("x.csv", new byte[10])).with(csrf()).session(viewer))
            .andExpect(status().isForbidden());

        MockHttpSession reporter = signIn("whk");
        mvc.perform(get("/upload").session(reporter)).andExpect(status().isOk());
        mvc.perform(get("/jobs").session(reporter)).andExpect(status().isForbidden());
        mvc.perform(post("/jobs/1/stop").with(csrf()).session(reporter)).andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(reporter)).andExpect(status().isForbidden());

        MockHttpSession admin = signIn("admin");
        for (String page : new String[] { "/board", "/upload", "/reports", "/jobs", "/audit" }) {
            mvc.perform(get(page).session(admin)).andExpect(status().isOk());
        }
        assertThat(database.sql(
                "select count(*) from batch_job_execution_params where parameter_name = 'run' and parameter_value like 'console:%'")
            .query(Integer.class)
            .single()).as("no report was run by a refused request").isZero();
    }

    @Test
    void aDownloadNamesADeliveredFileNeverAPath() throws Exception {
        MockHttpSession viewer = signIn("sfj");
        Files.writeString(workspace.resolve("secret.txt"), "not delivered");
        for (String[] edited : new String[][] { { "..", "secret.txt" }, { "回执/..", "secret.txt" },
                { "2025-06", "../secret.txt" }, { "2025-06", "..%2Fsecret.txt" }, { "/etc", "passwd" },
                { "config", "sections.yml" } }) {
            mvc.perform(get("/reports/file").param("folder", edited[0]).param("name", edited[1]).session(viewer))
                .andExpect(status().isNotFound());
        }
        // The receipts name every section's files: the 执法股's only.
        String receipt = database.sql("select file_name from inbox_file order by id limit 1")
            .query(String.class)
            .single() + ".回执.txt";
        mvc.perform(get("/reports/file").param("folder", "回执").param("name", receipt).session(viewer))
            .andExpect(status().isForbidden());
        mvc.perform(get("/reports/file").param("folder", "回执").param("name", receipt).session(signIn("admin")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")));
    }

    @Test
    void anOversizedUploadIsRefusedWhole() throws Exception {
        MockHttpSession reporter = signIn("whk");
        byte[] large = new byte[25 * 1024];
        mvc.perform(multipart("/upload").file(file("big.csv", large)).with(csrf()).session(reporter))
            .andExpect(status().isPayloadTooLarge());
        byte[] small = "股室,统计月份\n".getBytes(StandardCharsets.UTF_8);
        var many = multipart("/upload");
        for (int i = 0; i < 11; i++) {
            many.file(file("f" + i + ".csv", small));
        }
        mvc.perform(many.with(csrf()).session(reporter)).andExpect(status().isPayloadTooLarge());
        assertThat(inbox()).isEmpty();
        assertThat(database.sql("select count(*) from inbox_file where file_name in ('big.csv', 'f0.csv')")
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSessionCookieIsStrict() throws Exception {
        mvc.perform(get("/login"))
            .andExpect(header().string("Content-Security-Policy",
                    org.hamcrest.Matchers.containsString("script-src 'self'")))
            .andExpect(header().string("Content-Security-Policy",
                    org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("X-Frame-Options", "DENY"));
        // The cookie's attributes are the servlet container's: asked of the real server.
        HttpResponse<String> login = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(bureau.server.url("/login"))).build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie"))
            .anySatisfy(cookie -> assertThat(cookie).startsWith("ER_SESSION=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict"));
    }

    @Test
    void repeatedFailuresMakeTheAccountWait() throws Exception {
        bureau.cli.runWithInput(ConsoleFixture.PASSWORD + "\n", ConsoleFixture.NOW, "user", "add", "guessed", "--role",
                "VIEWER");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("guessed").password("guess-" + i))
                .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin("/login").user("guessed").password("guess-5"))
            .andExpect(redirectedUrl("/login?error=bad"));
        // Now even the right password waits.
        mvc.perform(formLogin("/login").user("guessed").password(ConsoleFixture.PASSWORD))
            .andExpect(redirectedUrl("/login?error=locked"));
        // A new password set by the 执法股 lets the clerk in again.
        bureau.cli.runWithInput("another-secret\n", ConsoleFixture.NOW, "user", "password", "guessed");
        mvc.perform(formLogin("/login").user("guessed").password("another-secret")).andExpect(redirectedUrl("/board"));
        // A disabled account is refused.
        bureau.cli.run(ConsoleFixture.NOW, "user", "disable", "guessed");
        mvc.perform(formLogin("/login").user("guessed").password("another-secret"))
            .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void aDisabledAccountIsOutAtItsNextRequest() throws Exception {
        bureau.cli.runWithInput(ConsoleFixture.PASSWORD + "\n", ConsoleFixture.NOW, "user", "add", "leaver", "--role",
                "REPORTER", "--section", "FMK");
        MockHttpSession session = signIn("leaver");
        mvc.perform(get("/upload").session(session)).andExpect(status().isOk());
        bureau.cli.run(ConsoleFixture.NOW, "user", "disable", "leaver");
        mvc.perform(get("/upload").session(session)).andExpect(redirectedUrl("/login?error=disabled"));
        mvc.perform(get("/board").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void onlyAFailedOrStoppedRunIsRestarted() throws Exception {
        long completed = database
            .sql("select max(job_execution_id) from batch_job_execution where status = 'COMPLETED'")
            .query(Long.class)
            .single();
        MockHttpSession admin = signIn("admin");
        mvc.perform(post("/jobs/" + completed + "/restart").param("key", "r1").with(csrf()).session(admin))
            .andExpect(redirectedUrl("/jobs"))
            .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("只有失败或已停止的作业可以重新运行")));
        mvc.perform(post("/jobs/" + completed + "/stop").with(csrf()).session(admin))
            .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("没有在运行")));
        assertThat(database.sql("select count(*) from batch_job_execution where job_execution_id > :id")
            .param("id", completed)
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void theAuditCannotBeRewritten() {
        database.sql(
                "insert into console_audit (at, username, action, subject, outcome) values (now(), 'x', 'LOGIN', 's', 'o')")
            .update();
        assertThatThrownBy(() -> database.sql("update console_audit set username = 'y'").update())
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.sql("delete from console_audit").update())
            .hasMessageContaining("append-only");
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "text/csv", content);
    }

    private static java.util.List<Path> inbox() throws Exception {
        Path inbox = workspace.resolve("inbox");
        if (!Files.isDirectory(inbox)) {
            return java.util.List.of();
        }
        try (var files = Files.list(inbox)) {
            return files.toList();
        }
    }

}
