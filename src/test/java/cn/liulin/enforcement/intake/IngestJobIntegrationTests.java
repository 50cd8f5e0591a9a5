package cn.liulin.enforcement.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import cn.liulin.enforcement.support.CommandLineRun;
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
 * {@code ingestJob} end to end, as a clerk drives it: files dropped in the inbox, the job
 * run through the command line on a real PostgreSQL, then the receipts, the archive and
 * {@code status --json} checked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestJobIntegrationTests {

    private static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查（件）", "行政处罚合计", "涉企行政处罚(件)",
            "行政强制合计", "涉企行政强制(件)", "填报人");

    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    static Path workspace;

    @TempDir
    static Path outbox;

    private CommandLineRun cli;

    @BeforeAll
    void dropTheFirstFiles() throws Exception {
        cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl());
        Path inbox = Files.createDirectories(workspace.resolve("inbox"));
        SampleFiles.write(inbox.resolve("危化股_2025年6月.xlsx"), Format.XLSX, HEADER,
                List.of(List.of("危化股", LocalDate.of(2025, 6, 1), 12.0, 10, 3, 2, 1, 1, "王丽")));
        SampleFiles.write(inbox.resolve("执法股_上半年.csv"), Format.CSV_GBK, HEADER,
                List.of(List.of("执法股", "2025年6月", 8, 8, "无", "无", 0, 0, "李强"),
                        List.of("执法股", "2025年5月", 7, 6, 1, 1, 0, 0, "李强")));
        SampleFiles.write(inbox.resolve("汇总_2025年6月.csv"), Format.CSV_UTF8_BOM, HEADER,
                List.of(List.of("工贸股", "2025-06", 9, 9, 1, 1, 0, 0, "张伟"),
                        List.of("煤矿股", "2025-06", 3, 5, 0, 0, 0, 0, "赵敏"),
                        List.of("应急管理综合行政执法队", "2025-06", "3.5", 1, 0, 0, 0, 0, "刘洋")));
        Files.write(inbox.resolve("坏文件.xlsx"), new byte[] { 0x50, 0x4B, 0x03, 0x04, 9, 9, 9 });
        Files.writeString(inbox.resolve("通讯录.csv"), "姓名,电话\n张三,13800000000\n");
    }

    private JsonNode receipt(String fileName) throws Exception {
        return json.readTree(workspace.resolve("shared-reports/回执/" + fileName + ".receipt.json").toFile());
    }

    private String receiptText(String fileName) throws Exception {
        return Files.readString(workspace.resolve("shared-reports/回执/" + fileName + ".回执.txt"));
    }

    private Map<String, JsonNode> statusAt(String now) {
        CommandLineRun.Result result = cli.run(now, "status", "--period", "2025-06", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode array = json.readTree(result.out());
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
            .collect(java.util.stream.Collectors.toMap(node -> node.get("code").asString(), node -> node));
    }

    @Test
    @Order(1)
    void ingestAcceptsGoodFilesRejectsBadOnesWholeAndArchivesAll() throws Exception {
        CommandLineRun.Result result = cli.run("2025-07-02T10:00", "ingest");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("读取 5 个文件，接收 2，退回 3，重复 0");

        assertThat(receipt("危化股_2025年6月.xlsx").get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(receipt("执法股_上半年.csv").get("rows").asInt()).isEqualTo(2);
        assertThat(receipt("执法股_上半年.csv").get("receivedAt").asString()).isEqualTo("2025-07-02T10:00+08:00");

        JsonNode rejected = receipt("汇总_2025年6月.csv");
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("kind").asString()).isEqualTo("MONTHLY_COUNTS");
        assertThat(rejected.get("rows").asInt()).isEqualTo(3);
        assertThat(rejected.get("sha256").asString()).hasSize(64);
        assertThat(rejected.get("errors")).hasSize(2);
        assertThat(rejected.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(rejected.get("errors").get(0).get("column").asString()).isEqualTo("涉企行政检查");
        assertThat(rejected.get("errors").get(0).get("value").asString()).isEqualTo("5");
        assertThat(rejected.get("errors").get(1).get("row").asInt()).isEqualTo(4);
        assertThat(rejected.get("errors").get(1).get("column").asString()).isEqualTo("行政检查合计");
        assertThat(receiptText("汇总_2025年6月.csv")).contains("已退回", "整个文件未入库", "第 3 行", "第 4 行", "“3.5”");

        assertThat(receipt("坏文件.xlsx").get("status").asString()).isEqualTo("REJECTED");
        assertThat(receiptText("坏文件.xlsx")).contains("xlsx");
        assertThat(receipt("通讯录.csv").get("errors").get(0).get("message").asString()).contains("无法识别文件类型");

        try (Stream<Path> left = Files.list(workspace.resolve("inbox"))) {
            assertThat(left).isEmpty();
        }
        assertThat(filesUnder("archive/accepted")).hasSize(2);
        assertThat(filesUnder("archive/rejected")).hasSize(3)
            .anyMatch(path -> path.getFileName().toString().endsWith("_汇总_2025年6月.csv"));
        assertThat(workspace.resolve("shared-reports/回执/manifest.json")).exists();
    }

    @Test
    @Order(2)
    void aRejectedFileChangesNoCountAndBeforeTheDeadlineOthersArePending() {
        Map<String, JsonNode> status = statusAt("2025-07-03T23:59:59");
        assertThat(status.get("WHK").get("status").asString()).isEqualTo("ON_TIME");
        assertThat(status.get("WHK").get("receivedAt").asString()).isEqualTo("2025-07-02T10:00+08:00");
        assertThat(status.get("WHK").get("counts").get("inspectionTotal").asInt()).isEqualTo(12);
        assertThat(status.get("WHK").get("counts").get("penaltyEnterprise").asInt()).isEqualTo(2);
        assertThat(status.get("ZFG").get("counts").get("inspectionTotal").asInt()).isEqualTo(8);
        assertThat(status.get("ZFG").get("counts").get("penaltyTotal").asInt()).isZero();
        assertThat(status.get("GMS").get("status").asString()).isEqualTo("PENDING");
        assertThat(status.get("GMS").get("counts").isNull()).isTrue();
        assertThat(status.get("MKA").get("status").asString()).isEqualTo("PENDING");
        assertThat(status).doesNotContainKeys("BGS", "KYG");
    }

    @Test
    @Order(3)
    void afterTheDeadlineALateFileIsLateAndTheRestMissing() throws Exception {
        Path fixed = SampleFiles.write(outbox.resolve("煤矿股_2025年6月_改.csv"), Format.CSV_UTF8, HEADER,
                List.of(List.of("煤矿股", "2025-06", 5, 3, 0, 0, 0, 0, "赵敏")));
        CommandLineRun.Result result = cli.run("2025-07-05T08:00", "submit", fixed.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();

        Map<String, JsonNode> status = statusAt("2025-07-05T09:00");
        assertThat(status.get("MKA").get("status").asString()).isEqualTo("LATE");
        assertThat(status.get("MKA").get("daysLate").asInt()).isEqualTo(2);
        assertThat(status.get("GMS").get("status").asString()).isEqualTo("MISSING");
        assertThat(status.get("WHK").get("status").asString()).isEqualTo("ON_TIME");
    }

    @Test
    @Order(4)
    void theSameBytesAgainAreADuplicateAndChangeNothing() throws Exception {
        Path again = outbox.resolve("危化股_2025年6月.xlsx");
        Files.copy(filesUnder("archive/accepted").stream()
            .filter(path -> path.toString().endsWith("危化股_2025年6月.xlsx"))
            .findFirst()
            .orElseThrow(), again);
        CommandLineRun.Result result = cli.run("2025-07-06T09:00", "submit", again.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("重复 1");
        assertThat(receipt("危化股_2025年6月.xlsx").get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(receiptText("危化股_2025年6月.xlsx")).contains("内容完全相同", "未重复计入");
        // The first receipt for that name is kept beside the new one, not overwritten.
        try (Stream<Path> receipts = Files.list(workspace.resolve("shared-reports/回执"))) {
            assertThat(receipts.filter(p -> p.getFileName().toString().startsWith("危化股_2025年6月.xlsx.")
                    && p.getFileName().toString().endsWith(".receipt.json")))
                .hasSize(2);
        }
        // ...under the time the job received it (reporting.now), not the disk's clock.
        assertThat(workspace.resolve("shared-reports/回执/危化股_2025年6月.xlsx.20250702-100000.回执.txt")).exists();
        assertThat(filesUnder("archive/duplicate")).hasSize(1);
        Map<String, JsonNode> status = statusAt("2025-07-06T09:00");
        assertThat(status.get("WHK").get("corrected").asBoolean()).isFalse();
    }

    @Test
    @Order(5)
    void aCorrectionSupersedesTheCountsAndKeepsOnTime() throws Exception {
        Path correction = SampleFiles.write(outbox.resolve("危化股_2025年6月_更正.xlsx"), Format.XLSX, HEADER,
                List.of(List.of("危险化学品安全监督管理股", "2025年6月", 15, 11, 3, 2, 1, 1, "王丽")));
        CommandLineRun.Result result = cli.run("2025-07-10T16:00", "submit", correction.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(receiptText("危化股_2025年6月_更正.xlsx")).contains("第 2 版");

        Map<String, JsonNode> status = statusAt("2025-07-10T16:30");
        JsonNode whk = status.get("WHK");
        assertThat(whk.get("status").asString()).isEqualTo("ON_TIME");
        assertThat(whk.get("corrected").asBoolean()).isTrue();
        assertThat(whk.get("receivedAt").asString()).isEqualTo("2025-07-02T10:00+08:00");
        assertThat(whk.get("counts").get("inspectionTotal").asInt()).isEqualTo(15);
        assertThat(whk.get("counts").get("inspectionEnterprise").asInt()).isEqualTo(11);
    }

    @Test
    @Order(6)
    void submitOfABadFileExitsWithTwoAndTheTableShowsStatuses() throws Exception {
        Path bad = SampleFiles.write(outbox.resolve("防灾减灾股_6月.csv"), Format.CSV_UTF8, HEADER,
                List.of(List.of("防灾减灾股", "2025-06", "三", 0, 0, 0, 0, 0, "黄磊")));
        CommandLineRun.Result result = cli.run("2025-07-11T09:00", "submit", bad.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).contains("退回 1");

        CommandLineRun.Result table = cli.run("2025-07-11T09:00", "status", "--period", "2025-06");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("危险化学品安全监督管理股", "按时报送", "更正", "逾期报送 2天", "逾期未报", "报送率 25.0%", "及时率 16.7%");
    }

    @Test
    @Order(7)
    void jobsListsEveryIngestRunWithItsCounts() {
        CommandLineRun.Result result = cli.run(null, "jobs");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("ingestJob", "COMPLETED", "receivedAt=2025-07-02T10:00:00",
                "loadStep 读5 写5；archiveStep 读0 写5");
        assertThat(result.out().lines().filter(line -> line.contains("ingestJob"))).hasSize(5);
    }

    private List<Path> filesUnder(String folder) throws Exception {
        try (Stream<Path> files = Files.walk(workspace.resolve(folder))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

}
