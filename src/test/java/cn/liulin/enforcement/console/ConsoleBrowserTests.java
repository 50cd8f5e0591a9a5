package cn.liulin.enforcement.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import cn.liulin.enforcement.core.FileHashes;
import cn.liulin.enforcement.support.Browser;
import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.RenderedReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console in a real browser, as its three kinds of user use it: the 执法股 reads the
 * board and runs the 月报, a section's clerk uploads its files and reads the receipts, the
 * justice bureau looks and downloads. Each page is photographed for the README.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTests {

    @TempDir
    static Path workspace;

    @TempDir
    static Path profile;

    @TempDir
    static Path downloads;

    private final JsonMapper json = JsonMapper.builder().build();

    private ConsoleFixture bureau;

    private Browser browser;

    private ChromeDriver page;

    @BeforeAll
    void start() throws Exception {
        bureau = new ConsoleFixture(workspace);
        browser = Browser.start(profile, downloads);
        page = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        bureau.close();
    }

    private void signIn(String user) {
        page.manage().deleteAllCookies();
        page.get(bureau.server.url("/board"));
        waitFor(() -> page.getCurrentUrl().endsWith("/login"));
        page.findElement(By.id("username")).sendKeys(user);
        page.findElement(By.id("password")).sendKeys(ConsoleFixture.PASSWORD);
        page.findElement(By.id("sign-in")).click();
        waitFor(() -> page.getCurrentUrl().contains("/board"));
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(page, Duration.ofSeconds(30)).until(driver -> condition.getAsBoolean());
    }

    private WebElement cell(String code, String month) {
        return page.findElement(By.cssSelector("tr[data-code='" + code + "'] td[data-month='" + month + "']"));
    }

    private List<String> navigation() {
        return page.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList();
    }

    @Test
    @Order(1)
    void theBureauSeesEverySectionAsTheStatusCommandDoes() throws Exception {
        page.get(bureau.server.url("/board"));
        waitFor(() -> page.getCurrentUrl().endsWith("/login"));
        browser.screenshot("console-login");
        signIn("admin");
        assertThat(navigation()).containsExactly("报送看板", "上传", "报表", "作业", "审计");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("2025 年报送看板");

        CommandLineRun.Result status = bureau.cli.run(ConsoleFixture.NOW, "status", "--period", "2025-06", "--json");
        JsonNode sections = json.readTree(status.out());
        assertThat(sections.size()).isGreaterThan(5);
        int reported = 0;
        int onTime = 0;
        for (JsonNode section : sections) {
            WebElement cell = cell(section.get("code").asString(), "2025-06");
            String verdict = section.get("status").asString();
            assertThat(cell.getDomAttribute("data-status")).as(section.toString()).isEqualTo(verdict);
            assertThat(cell.getDomAttribute("data-days-late")).isEqualTo(section.get("daysLate").asString());
            assertThat(cell.getDomAttribute("data-corrected")).isEqualTo(section.get("corrected").asString());
            reported += verdict.equals("ON_TIME") || verdict.equals("LATE") ? 1 : 0;
            onTime += verdict.equals("ON_TIME") ? 1 : 0;
        }
        assertThat(cell("ZFG", "2025-06").getText()).isEqualTo("按时");
        assertThat(cell("WHK", "2025-06").getText()).isEqualTo("逾期3天");
        assertThat(cell("FMK", "2025-06").getText()).isEqualTo("未报");
        assertThat(cell("ZFG", "2025-07").getText()).isEqualTo("未到期");
        assertThat(cell("ZFG", "2025-08").getText()).isEmpty();
        // The board has a line for each section that must report, like the command.
        assertThat(page.findElements(By.cssSelector("#board-table tbody tr[data-code]"))).hasSize(sections.size());
        String june = page.findElements(By.cssSelector("#rates tr"))
            .get(1)
            .findElements(By.tagName("td"))
            .get(5)
            .getText();
        assertThat(june).isEqualTo(percent(reported, sections.size()));
        assertThat(page.findElements(By.cssSelector("#rate-chart polyline"))).hasSize(2);
        browser.screenshot("console-board");
        browser.resize(390, 844);
        browser.screenshot("console-board-phone");
        browser.resize(1366, 768);
    }

    @Test
    @Order(2)
    void aSectionsClerkUploadsItsFilesAndReadsTheReceiptsAtOnce() throws Exception {
        signIn("whk");
        assertThat(navigation()).containsExactly("报送看板", "上传", "报表");
        assertThat(page.findElements(By.cssSelector("#board-table tbody tr[data-code]"))).singleElement()
            .satisfies(row -> assertThat(row.getDomAttribute("data-code")).isEqualTo("WHK"));

        page.get(bureau.server.url("/upload"));
        Path good = bureau.countsFile("危化股_2025-06_更正.csv", "危化股", 13);
        Path bad = bureau.countsFile("危化股_2025-06_有误.csv", "危化股", "三");
        page.executeScript("window.samePage = true; window.violations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective));");
        page.findElement(By.id("files")).sendKeys(good.toAbsolutePath() + "\n" + bad.toAbsolutePath());
        page.findElement(By.id("upload-button")).click();
        waitFor(() -> page.findElements(By.cssSelector(".receipt-card")).size() == 2);
        // htmx sent it (with the CSRF token in its header) and swapped the receipts in:
        // the page never reloaded,
        // and the Content-Security-Policy refused nothing on it.
        assertThat(page.executeScript("return window.samePage === true")).isEqualTo(true);
        assertThat(page.executeScript("return window.violations")).asList().isEmpty();
        WebElement accepted = receipt("危化股_2025-06_更正.csv");
        assertThat(accepted.getDomAttribute("data-status")).isEqualTo("ACCEPTED");
        assertThat(accepted.findElement(By.cssSelector(".receipt-status")).getText()).startsWith("已接收");
        WebElement rejected = receipt("危化股_2025-06_有误.csv");
        assertThat(rejected.getDomAttribute("data-status")).isEqualTo("REJECTED");
        List<String> error = rejected.findElements(By.cssSelector("table.errors tbody tr td"))
            .stream()
            .map(WebElement::getText)
            .toList();
        assertThat(error.subList(0, 3)).containsExactly("2", "行政检查合计", "三");
        assertThat(error.get(3)).isNotBlank();
        browser.screenshot("console-upload");

        // Another section's file: refused whole, the receipt says why.
        page.get(bureau.server.url("/upload"));
        page.findElement(By.id("files"))
            .sendKeys(bureau.countsFile("执法股_代报.csv", "执法股", 9).toAbsolutePath().toString());
        page.findElement(By.id("upload-button")).click();
        waitFor(() -> page.findElements(By.cssSelector(".receipt-card")).size() == 1);
        WebElement other = receipt("执法股_代报.csv");
        assertThat(other.getDomAttribute("data-status")).isEqualTo("REJECTED");
        assertThat(other.findElement(By.cssSelector("table.errors")).getText()).contains("股室", "执法股", "只能报送",
                "危险化学品安全监督管理股（WHK）");
        assertThat(Files.readString(workspace.resolve("shared-reports/回执/执法股_代报.csv.回执.txt"))).contains("其他股室");
        // Nothing of the refused file was loaded; the clerk's correction was.
        JsonNode june = json
            .readTree(bureau.cli.run(ConsoleFixture.NOW, "status", "--period", "2025-06", "--json").out());
        for (JsonNode section : june) {
            String code = section.get("code").asString();
            if (code.equals("ZFG")) {
                assertThat(section.get("counts").get("inspectionTotal").asInt()).isEqualTo(8);
            }
            if (code.equals("WHK")) {
                assertThat(section.get("counts").get("inspectionTotal").asInt()).isEqualTo(13);
                assertThat(section.get("corrected").asBoolean()).isTrue();
            }
        }
    }

    @Test
    @Order(3)
    void theJusticeBureauLooksAndDownloadsButLaunchesNothing() throws Exception {
        signIn("sfj");
        assertThat(navigation()).containsExactly("报送看板", "报表");
        page.get(bureau.server.url("/jobs"));
        assertThat(page.findElement(By.tagName("h1")).getText()).contains("无权访问");
        page.get(bureau.server.url("/upload"));
        assertThat(page.findElement(By.tagName("h1")).getText()).contains("无权访问");
        page.get(bureau.server.url("/reports"));
        List<String> folders = page.findElements(By.cssSelector(".years a")).stream().map(WebElement::getText).toList();
        assertThat(folders).contains("2025-06").doesNotContain("回执");
        browser.screenshot("console-reports");
    }

    @Test
    @Order(4)
    void theBureauRunsTheMonthlyReportFromThePageAndDownloadsItsPdf() throws Exception {
        signIn("admin");
        page.get(bureau.server.url("/jobs"));
        WebElement form = page.findElement(By.id("run-monthly"));
        assertThat(form.findElement(By.name("period")).getDomProperty("value")).isEqualTo("2025-06");
        String key = form.findElement(By.name("key")).getDomProperty("value");
        form.findElement(By.name("force")).click();
        WebElement run = form.findElement(By.cssSelector("button.run"));
        // A double click: the same form twice.
        page.executeScript("arguments[0].click(); arguments[0].click();", run);
        waitFor(() -> !page.findElements(By.id("jobs-message")).isEmpty());
        waitFor(() -> page
            .findElements(By.cssSelector("#runs tr[data-job='monthlyReportJob'][data-status='COMPLETED']"))
            .stream()
            .anyMatch(row -> Long.parseLong(row.getDomAttribute("data-id")) == consoleRun(key)));
        JdbcClient database = bureau.server.context().getBean(JdbcClient.class);
        assertThat(database.sql("select count(*) from batch_job_execution_params where parameter_value = :key")
            .param("key", "console:" + key)
            .query(Integer.class)
            .single()).as("pressed twice, run once").isEqualTo(1);
        browser.screenshot("console-jobs");

        page.get(bureau.server.url("/reports?folder=2025-06"));
        WebElement newest = page.findElements(By.cssSelector("#files tbody tr"))
            .stream()
            .filter(row -> row.getDomAttribute("data-name").contains("月报"))
            .findFirst()
            .orElseThrow();
        assertThat(newest.getDomAttribute("data-name")).endsWith("_v2");
        String name = newest.getDomAttribute("data-name") + ".pdf";
        String sha = newest.findElement(By.cssSelector("code.sha[data-file='" + name + "']")).getText();
        assertThat(newest.getText()).contains("逾期报送 3天 → 逾期报送 3天（更正）");
        newest.findElement(By.cssSelector("div[data-file='" + name + "'] a.download")).click();
        Path pdf = downloads.resolve(name);
        waitFor(() -> Files.exists(pdf) && !Files.exists(downloads.resolve(name + ".crdownload")));
        assertThat(FileHashes.sha256(pdf)).isEqualTo(sha);
        String text = RenderedReports.pdfText(pdf);
        assertThat(text).contains("涉企行政执法情况月报", "危险化学品安全监督管理股");
        browser.screenshot("console-reports-month");
    }

    @Test
    @Order(5)
    void theAuditSaysWhoDidWhat() {
        signIn("admin");
        page.get(bureau.server.url("/audit"));
        List<String> lines = page.findElements(By.cssSelector("#audit tbody tr"))
            .stream()
            .map(WebElement::getText)
            .toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("whk", "上传", "危化股_2025-06_更正.csv", "已接收"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("whk", "上传", "执法股_代报.csv", "已退回（1 处错误）"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("admin", "运行报表", "涉企行政执法情况月报", "已启动"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("admin", "下载", "2025-06/", "成功"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("sfj", "登录"));
        browser.screenshot("console-audit");
    }

    private long consoleRun(String key) {
        return bureau.server.context()
            .getBean(JdbcClient.class)
            .sql("select job_execution_id from batch_job_execution_params where parameter_value = :key")
            .param("key", "console:" + key)
            .query(Long.class)
            .optional()
            .orElse(-1L);
    }

    private WebElement receipt(String fileName) {
        return page.findElements(By.cssSelector(".receipt-card"))
            .stream()
            .filter(card -> fileName.equals(card.getDomAttribute("data-file")))
            .findFirst()
            .orElseThrow();
    }

    private static String percent(int part, int whole) {
        return java.math.BigDecimal.valueOf(part * 100L)
            .divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP) + "%";
    }

}
