package cn.liulin.enforcement.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.RenderedReports;
import cn.liulin.enforcement.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code monthlyReportJob} and {@code reminderJob} end to end: known submissions go in
 * through the inbox, the reports are rendered into the shared folder, then read back as a
 * reader would (PDFBox, POI).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlyReportJobIntegrationTests {

    private static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计",
            "涉企行政强制");

    private static final String BASE = "柳林县应急管理局涉企行政执法情况月报_2025年06月";

    @TempDir
    static Path workspace;

    @TempDir
    static Path outbox;

    private CommandLineRun cli;

    @BeforeAll
    void submissions() throws Exception {
        cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl());
        submit("2025-07-02T10:00", "汇总.xlsx",
                List.of(List.of("执法股", "2025-06", 8, 8, 0, 0, 0, 0), List.of("执法股", "2025-05", 7, 6, 1, 1, 0, 0),
                        List.of("危化股", "2025-06", 12, 10, 3, 2, 1, 1), List.of("危化股", "2025-01", 5, 5, 0, 0, 0, 0)));
        submit("2025-07-05T08:00", "煤矿股.csv", List.of(List.of("煤矿股", "2025年6月", 5, 3, 0, 0, 0, 0)));
    }

    private void submit(String now, String name, List<List<?>> rows) throws Exception {
        Path file = SampleFiles.write(outbox.resolve(name), name.endsWith(".xlsx") ? Format.XLSX : Format.CSV_GBK,
                HEADER, rows);
        CommandLineRun.Result result = cli.run(now, "submit", file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        Files.delete(file);
    }

    private Path period(String name) {
        return workspace.resolve("shared-reports/2025-06").resolve(name);
    }

    @Test
    @Order(1)
    void theMonthlyReportShowsEverySectionsFiguresInPdfAndXlsx() throws Exception {
        CommandLineRun.Result result = cli.run("2025-07-06T09:00", "report", "monthly", "--period", "2025-06");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("已生成第 1 版", BASE + ".pdf", BASE + ".xlsx");

        String text = RenderedReports.pdfText(period(BASE + ".pdf"));
        assertThat(text).contains("柳林县应急管理局涉企行政执法情况月报", "统计月份：2025年06月", "报送截止：2025-07-03 23:59:59");
        assertThat(text).contains("执法股 8 8 0 0 0 0 15 14 1 1 0 0 按时报送 2025-07-02 10:00");
        assertThat(text).contains("危险化学品安全监督管理股 12 10 3 2 1 1 17 15 3 2 1 1 按时报送 2025-07-02 10:00");
        assertThat(text).contains("煤矿安全监督管理股 5 3 0 0 0 0 5 3 0 0 0 0 逾期报送 2天 2025-07-05 08:00");
        assertThat(text).contains("防灾减灾股 0 0 0 0 0 0 逾期未报");
        assertThat(text).contains("合计 25 21 3 2 1 1 37 32 4 3 1 1");
        assertThat(text).contains("应报股室 12 个，已报 3 个（按时 2 个，逾期 1 个），逾期未报 9 个；报送率 25.0%，及时率 16.7%");
        assertThat(text).contains("逾期及未报股室：非煤矿山安全监督管理股（逾期未报）", "煤矿安全监督管理股（逾期 2 天，2025-07-05 08:00 报送）", "防灾减灾股（逾期未报）");
        assertThat(text).contains("抽查案件数", "纠正违规执法数", "通报曝光数", "移送问题线索数", "专项行动以来");
        assertThat(text).containsPattern("第 1 页 / 共 \\d+ 页");
        assertThat(RenderedReports.pdfFonts(period(BASE + ".pdf"))).isNotEmpty()
            .allMatch(font -> font.contains("WenQuanYiMicroHei") && font.endsWith(" embedded"));

        List<List<String>> rows = RenderedReports.xlsxRows(period(BASE + ".xlsx"));
        assertThat(rows).contains(List.of("1", "执法股", "8", "8", "0", "0", "0", "0", "15", "14", "1", "1", "0", "0",
                "按时报送", "2025-07-02 10:00"));
        assertThat(rows).contains(List.of("4", "煤矿安全监督管理股", "5", "3", "0", "0", "0", "0", "5", "3", "0", "0", "0", "0",
                "逾期报送 2天", "2025-07-05 08:00"));
        assertThat(rows).contains(List.of("合计", "25", "21", "3", "2", "1", "1", "37", "32", "4", "3", "1", "1"));
        assertThat(RenderedReports.xlsxFontNames(period(BASE + ".xlsx"))).contains("Microsoft YaHei");
    }

    @Test
    @Order(2)
    void theManifestListsBothFilesWithTheirHashes() throws Exception {
        JsonNode manifest = JsonMapper.builder().build().readTree(period("manifest.json").toFile());
        assertThat(manifest.get("files")).hasSize(2);
        for (JsonNode entry : manifest.get("files")) {
            assertThat(entry.get("sha256").asString())
                .isEqualTo(cn.liulin.enforcement.core.FileHashes.sha256(period(entry.get("file").asString())));
            assertThat(entry.get("jobExecutionId").asLong()).isPositive();
        }
    }

    @Test
    @Order(3)
    void aRerunWithoutForceWritesNothingAndSaysTheReportExists() throws Exception {
        CommandLineRun.Result result = cli.run("2025-07-06T10:00", "report", "monthly", "--period", "2025-06");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("报表已交付（第 1 版）", "--force");
        assertThat(reportFiles()).containsExactlyInAnyOrder(BASE + ".pdf", BASE + ".xlsx");
    }

    @Test
    @Order(4)
    void forceWritesASecondVersionAndKeepsTheFirst() throws Exception {
        CommandLineRun.Result result = cli.run("2025-07-06T11:00", "report", "monthly", "--period", "2025-06",
                "--force");
        assertThat(result.exitCode()).isZero();
        assertThat(reportFiles()).containsExactlyInAnyOrder(BASE + ".pdf", BASE + ".xlsx", BASE + "_v2.pdf",
                BASE + "_v2.xlsx");
        assertThat(RenderedReports.pdfText(period(BASE + "_v2.pdf"))).contains("（第 2 版）", "数据与第 1 版相同");
    }

    @Test
    @Order(5)
    void aCorrectionOfADeliveredPeriodBringsANewVersionWithAChangeNote() throws Exception {
        submit("2025-07-10T16:00", "危化股更正.csv", List.of(List.of("危险化学品安全监督管理股", "2025-06", 15, 11, 3, 2, 1, 1)));
        CommandLineRun.Result result = cli.run("2025-07-10T17:00", "report", "monthly", "--period", "2025-06");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("已生成第 3 版", "危险化学品安全监督管理股 本月行政检查合计：12 → 15");

        assertThat(RenderedReports.pdfText(period(BASE + "_v3.pdf"))).contains(
                "危险化学品安全监督管理股 15 11 3 2 1 1 20 16 3 2 1 1 按时报送（更正）",
                "本版与第 2 版相比的变更：\n" + "危险化学品安全监督管理股 报送状态：按时报送 → 按时报送（更正）\n" + "危险化学品安全监督管理股 本月行政检查合计：12 → 15");
        // The note is the report's last element: a reader finds its end on the last page.
        assertThat(RenderedReports.pdfLastPageText(period(BASE + "_v3.pdf"))).contains("合计 本年累计涉企行政检查：32 → 33");
        JsonNode manifest = JsonMapper.builder().build().readTree(period("manifest.json").toFile());
        JsonNode v3 = java.util.stream.StreamSupport.stream(manifest.get("files").spliterator(), false)
            .filter(entry -> entry.get("file").asString().equals(BASE + "_v3.pdf"))
            .findFirst()
            .orElseThrow();
        assertThat(v3.get("changes").toString()).contains("危险化学品安全监督管理股 本月行政检查合计：12 → 15");
    }

    @Test
    @Order(6)
    void theReminderListsTheSectionsThatHaveNotReported() throws Exception {
        CommandLineRun.Result outside = cli.run("2025-07-12T09:00", "report", "reminder");
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).contains("不在催报期内", "--period");

        CommandLineRun.Result result = cli.run("2025-08-02T09:00", "report", "reminder");
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path pdf = workspace.resolve("shared-reports/2025-07/柳林县应急管理局催报通知_2025年07月.pdf");
        String text = RenderedReports.pdfText(pdf);
        assertThat(text).contains("柳林县应急管理局催报通知", "下列 12 个股室尚未报送 2025年07月", "请于 2025年08月04日 23:59 前报送", "执法股 尚未报送",
                "第三监管专员小组（煤矿驻矿） 尚未报送");
        assertThat(workspace.resolve("shared-reports/2025-07/柳林县应急管理局催报通知_2025年07月.xlsx")).exists();

        CommandLineRun.Result june = cli.run("2025-08-02T09:00", "report", "reminder", "--period", "2025-06");
        assertThat(june.exitCode()).isZero();
        assertThat(RenderedReports.pdfText(period("柳林县应急管理局催报通知_2025年06月.pdf")))
            .contains("下列 9 个股室", "防灾减灾股 逾期未报", "已过，请尽快报送")
            .doesNotContain("执法股 逾期未报");
    }

    private List<String> reportFiles() throws Exception {
        try (Stream<Path> files = Files.list(workspace.resolve("shared-reports/2025-06"))) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("柳林县")).toList();
        }
    }

}
