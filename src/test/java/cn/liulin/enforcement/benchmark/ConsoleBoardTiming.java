package cn.liulin.enforcement.benchmark;

import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The 报送看板 as a browser asks for it, over HTTP from the scheduler's own console: the jar
 * started with no command on the benchmark's database, an ADMIN signed in through the
 * login form, then the first and the last page of a year timed.
 */
final class ConsoleBoardTiming {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private ConsoleBoardTiming() {
    }

    /**
     * The page's seconds: {@code [a year read anew, then its last page, right after the
     * load; pages; the same two after a vacuum]}, medians.
     */
    static double[] measure(Path jar, Path dir, String url, Path sections, String now, int year, int runs)
            throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into console_account (username, password_hash, role) values ('bench', ?, 'ADMIN') "
                                + "on conflict do nothing")) {
            insert.setString(1, new BCryptPasswordEncoder().encode("bench-password"));
            insert.executeUpdate();
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> args = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", jar.toString(), "--spring.datasource.url=" + url, "--reporting.sections=" + sections,
                "--reporting.now=" + now, "--server.port=" + port, "--reporting.inbox-dir=" + dir.resolve("inbox"),
                "--reporting.archive-dir=" + dir.resolve("archive"),
                "--reporting.output-dir=" + dir.resolve("shared-reports"),
                "--reporting.schedule.monthly-report=0 0 0 1 1 ? 2099", "--reporting.schedule.ingest=0 0 0 1 1 ? 2099",
                "--reporting.schedule.reminder=0 0 0 1 1 ? 2099",
                "--reporting.schedule.phase-summary=0 0 0 1 1 ? 2099");
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true)
            .redirectOutput(dir.resolve("console.log").toFile());
        builder.environment().put("LANG", "C.UTF-8");
        Process server = builder.start();
        try {
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            awaitUp(http, base, server, dir);
            String login = http
                .send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
            Matcher token = CSRF.matcher(login);
            if (!token.find()) {
                throw new IllegalStateException("登录页没有 CSRF 令牌");
            }
            String form = "username=bench&password=bench-password&_csrf="
                    + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.discarding());
            String first = base + "/board?year=" + year;
            String other = base + "/board?year=" + (year - 1);
            int pages = pages(get(http, first));
            get(http, other); // warm up
            double[] loaded = time(http, first, other, pages, runs, "right after the load");
            // What autovacuum does on its own a minute or so later: the visibility map
            // and
            // hint bits of the freshly loaded rows are set once, instead of on every
            // read.
            try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                    Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze monthly_count");
            }
            double[] vacuumed = time(http, first, other, pages, runs, "after vacuum");
            return new double[] { loaded[0], loaded[1], pages, vacuumed[0], vacuumed[1] };
        }
        finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static double[] time(HttpClient http, String first, String other, int pages, int runs, String when)
            throws Exception {
        List<Double> firstPage = new ArrayList<>();
        List<Double> lastPage = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            // The year before is looked at in between, so that this year is read anew.
            get(http, other);
            firstPage.add(seconds(http, first));
            lastPage.add(seconds(http, first + "&page=" + pages));
            System.out.printf("run %d (%s): 报送看板 a year read anew %.3f s, then its page %d %.3f s%n", run + 1, when,
                    firstPage.get(run), pages, lastPage.get(run));
        }
        return new double[] { median(firstPage), median(lastPage) };
    }

    private static void awaitUp(HttpClient http, String base, Process server, Path dir) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(until)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("控制台未能启动，见 " + dir.resolve("console.log"));
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            }
            catch (java.io.IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("控制台 5 分钟内未启动，见 " + dir.resolve("console.log"));
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("board-table")) {
            throw new IllegalStateException(url + " 答复 " + response.statusCode());
        }
        return response.body();
    }

    private static double seconds(HttpClient http, String url) throws Exception {
        long started = System.nanoTime();
        get(http, url);
        return (System.nanoTime() - started) / 1e9;
    }

    private static int pages(String board) {
        Matcher pages = Pattern.compile("第 \\d+ / (\\d+) 页").matcher(board);
        return pages.find() ? Integer.parseInt(pages.group(1)) : 1;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

}
