package cn.liulin.enforcement.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import cn.liulin.enforcement.support.ChildJvm;
import cn.liulin.enforcement.support.RawXlsx;
import cn.liulin.enforcement.support.TestDatabase;
import cn.liulin.enforcement.support.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One inbox holding poison, odd and good files together, read by one {@code ingest} in a
 * JVM of 256 MB, as the scheduler would: every file gets its receipt and is archived, the
 * good ones on time, nothing of a rejected file is loaded, and the run completes.
 */
class HostileInboxTests {

    private static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计",
            "涉企行政强制");

    @TempDir
    Path workspace;

    private final JsonMapper json = JsonMapper.builder().build();

    private static List<String> counts(String section) {
        return List.of(section, "2025-06", "3", "2", "1", "1", "0", "0");
    }

    @Test
    void oneIngestAt256MegabytesReceiptsAndArchivesEveryFileAndLoadsOnlyTheGoodOnes() throws Exception {
        Path inbox = Files.createDirectories(workspace.resolve("inbox"));
        Map<String, String> expected = new TreeMap<>();
        SampleFiles.write(inbox.resolve("执法股.xlsx"), Format.XLSX, HEADER,
                List.of(List.of("执法股", LocalDate.of(2025, 6, 1), 3, 2, 1, 1, 0, 0)));
        expected.put("执法股.xlsx", "ACCEPTED");
        SampleFiles.write(inbox.resolve("危化股.csv"), Format.CSV_GBK, HEADER,
                List.of(List.<Object>copyOf(counts("危险化学品安全监督管理股"))));
        expected.put("危化股.csv", "ACCEPTED");
        Files.writeString(inbox.resolve("煤矿股_分号.csv"),
                String.join(";", HEADER) + "\n" + String.join(";", counts("煤矿安全监督管理股")) + "\n");
        expected.put("煤矿股_分号.csv", "ACCEPTED");
        try (OutputStream out = Files.newOutputStream(inbox.resolve("工贸股_Unicode.csv"))) {
            out.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
            out.write((String.join("\t", HEADER) + "\r\n" + String.join("\t", counts("工贸行业安全监督管理股")) + "\r\n")
                .getBytes(StandardCharsets.UTF_16LE));
        }
        expected.put("工贸股_Unicode.csv", "ACCEPTED");
        Files.writeString(inbox.resolve("执法队_签名.csv"), String.join(",", HEADER) + "\n"
                + String.join(",", counts("应急管理综合行政执法队")) + "\n填表人：刘洋,审核人：王强,联系电话：0358-1234567,,,,,\n");
        expected.put("执法队_签名.csv", "ACCEPTED");
        RawXlsx.table(List.of(HEADER, counts("非煤矿山安全监督管理股")))
            .workbookRelationships(
                    "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                            + "relationships/externalLinkPath\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>")
            .write(inbox.resolve("非煤股_外部链接.xlsx"));
        expected.put("非煤股_外部链接.xlsx", "ACCEPTED");

        byte[] good = (String.join(",", HEADER) + "\n" + String.join(",", counts("防灾减灾股")) + "\n")
            .getBytes(StandardCharsets.UTF_8);
        Files.write(inbox.resolve("补零.csv"), java.util.Arrays.copyOf(good, good.length + 65536));
        Files.writeString(inbox.resolve("计数含NUL.csv"),
                String.join(",", HEADER) + "\n综合监管股,2025-06,3\u00002,2,0,0,0,0\n");
        Files.writeString(inbox.resolve("引号未配对.csv"), String.join(",", HEADER) + ",备注\n"
                + String.join(",", counts("应急救援指挥股")) + ",\"已核对\n" + String.join(",", counts("矿山救护管理股")) + ",无\n");
        Files.write(inbox.resolve("照片.csv"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 });
        new RawXlsx().sheetData(
                "<sheetData><row r=\"1\"><c r=\"A1\" s=\"x\" t=\"inlineStr\"><is><t>股室</t></is></c></row></sheetData>")
            .write(inbox.resolve("样式编号.xlsx"));
        new RawXlsx()
            .sheetData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><worksheet "
                    + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" "
                    + "t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>")
            .write(inbox.resolve("DOCTYPE.xlsx"));
        byte[] whole = Files.readAllBytes(inbox.resolve("执法股.xlsx"));
        Files.write(inbox.resolve("半个文件.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        hugeCell(inbox.resolve("超长单元格.xlsx"));
        zipBomb(inbox.resolve("压缩炸弹.xlsx"));
        for (String poison : List.of("补零.csv", "计数含NUL.csv", "引号未配对.csv", "照片.csv", "样式编号.xlsx", "DOCTYPE.xlsx",
                "半个文件.xlsx", "超长单元格.xlsx", "压缩炸弹.xlsx")) {
            expected.put(poison, "REJECTED");
        }

        String databaseUrl = TestDatabase.newDatabaseUrl();
        List<String> args = new java.util.ArrayList<>(
                Workspace.settings(workspace, databaseUrl, "--reporting.now=2025-07-02T10:00"));
        args.add("ingest");
        int exit;
        String output;
        try (ChildJvm ingest = ChildJvm.start(workspace.resolve("ingest.log"), "256m", args)) {
            exit = ingest.awaitExit(Duration.ofMinutes(3));
            output = ingest.output();
        }
        assertThat(exit).as(output).isZero();
        assertThat(output).contains("ingestJob #1 COMPLETED")
            .contains("接收 6，退回 9，重复 0")
            .doesNotContain("OutOfMemoryError");

        Map<String, String> statuses;
        try (Stream<Path> receipts = Files.list(workspace.resolve("shared-reports/回执"))) {
            statuses = receipts.filter(path -> path.toString().endsWith(".receipt.json"))
                .map(path -> json.readTree(path.toFile()))
                .collect(Collectors.toMap(node -> node.get("file").asString(), node -> node.get("status").asString(),
                        (a, b) -> a, TreeMap::new));
        }
        assertThat(statuses).isEqualTo(expected);
        JsonNode onTime = json.readTree(workspace.resolve("shared-reports/回执/危化股.csv.receipt.json").toFile());
        assertThat(onTime.get("receivedAt").asString()).isEqualTo("2025-07-02T10:00+08:00");
        assertThat(text("超长单元格.xlsx")).contains("32767");
        assertThat(text("压缩炸弹.xlsx")).contains("压缩炸弹");
        assertThat(text("补零.csv")).contains("没有复制完整");

        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left).isEmpty();
        }
        assertThat(countFiles("archive/accepted")).isEqualTo(6);
        assertThat(countFiles("archive/rejected")).isEqualTo(9);
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(databaseUrl));
        assertThat(jdbc.sql("""
                select count(*) from monthly_count m join inbox_file f on f.id = m.file_id where f.status <> 'ACCEPTED'
                """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(distinct section_code) from monthly_count").query(Long.class).single())
            .isEqualTo(6);
    }

    private String text(String fileName) throws Exception {
        return Files.readString(workspace.resolve("shared-reports/回执/" + fileName + ".回执.txt"));
    }

    private long countFiles(String folder) throws Exception {
        try (Stream<Path> files = Files.walk(workspace.resolve(folder))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /**
     * A cell of 320 million characters that compresses like text (about 40 to 1), so no
     * zip-bomb limit stops it.
     */
    private static void hugeCell(Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            new RawXlsx().write(out, sheet -> {
                sheet.write(
                        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\">")
                            .getBytes(StandardCharsets.UTF_8));
                for (int c = 0; c < HEADER.size(); c++) {
                    sheet.write(RawXlsx.inline(RawXlsx.ref(c, 1), HEADER.get(c)).getBytes(StandardCharsets.UTF_8));
                }
                sheet.write("</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
                Random random = new Random(42);
                byte[] block = new byte[1 << 20];
                for (int mb = 0; mb < 320; mb++) {
                    for (int i = 0; i < block.length; i++) {
                        block[i] = (byte) (i % 64 == 0 ? 'a' + random.nextInt(26) : 'x');
                    }
                    sheet.write(block);
                }
                sheet.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            });
        }
    }

    /** A sheet of 200 MB of spaces in a file of a few hundred kilobytes. */
    private static void zipBomb(Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            new RawXlsx().write(out, sheet -> {
                sheet.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int mb = 0; mb < 200; mb++) {
                    sheet.write(spaces);
                }
                sheet.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            });
        }
    }

}
