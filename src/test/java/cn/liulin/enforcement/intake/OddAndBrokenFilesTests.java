package cn.liulin.enforcement.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import cn.liulin.enforcement.support.RawXlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as clerks, other programs and accidents really make them (spec §3, issue 11):
 * each is read honestly or refused with a Chinese message that names the row and cell and
 * says what to do, never the library's words or a server path, and never with an
 * exception.
 */
class OddAndBrokenFilesTests {

    private static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查");

    @TempDir
    Path dir;

    private final FileParser parser = new FileParser(List.of(new RecordingIntake()));

    private ParsedFile<?> parse(Path file) {
        return parser.parse(file, Instant.EPOCH);
    }

    private static String message(ParsedFile<?> parsed) {
        assertThat(parsed.accepted()).as("退回").isFalse();
        String message = parsed.errors().get(0).message();
        assertThat(message).doesNotContain("/tmp", "Exception", "java.", "null");
        return message;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> records(ParsedFile<?> parsed) {
        assertThat(parsed.errors()).isEmpty();
        return (List<Map<String, String>>) parsed.records();
    }

    private Path text(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aCsvPaddedWithNulBytesLooksLikeAnIncompleteCopy() throws Exception {
        Path file = dir.resolve("padded.csv");
        byte[] good = "股室,统计月份,行政检查合计,涉企行政检查\n执法股,2025-06,3,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] padded = java.util.Arrays.copyOf(good, good.length + 4096);
        Files.write(file, padded);
        assertThat(message(parse(file))).contains("空字节", "没有复制完整", "第 3 行");
    }

    @Test
    void aNulInsideACountIsRefusedTheSameWay() throws Exception {
        Path file = text("nul.csv", "股室,统计月份,行政检查合计,涉企行政检查\n执法股,2025-06,3\u00002,2\n");
        assertThat(message(parse(file))).contains("空字节", "第 2 行");
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingTheRowNotASwallowedRow() throws Exception {
        Path file = text("quote.csv", "股室,统计月份,行政检查合计,涉企行政检查,备注\n执法股,2025-06,3,2,\"已核对\n危化股,2025-06,1,1,无\n");
        ParsedFile<?> parsed = parse(file);
        assertThat(message(parsed)).contains("引号");
        assertThat(parsed.errors().get(0).row()).isEqualTo(2);
    }

    @Test
    void aQuoteClosedOnALaterLineSwallowsRowsOnlyWhereCellsMayHoldSeveralLines() throws Exception {
        Path file = text("swallow.csv",
                "股室,统计月份,行政检查合计,涉企行政检查,备注\n执法股,2025-06,3,2,\"已核对\n危化股,2025-06,1,1,无\"\n煤矿股,2025-06,1,0,\n");
        ParsedFile<?> parsed = parse(file);
        assertThat(message(parsed)).contains("引号", "换行");
        assertThat(parsed.errors().get(0).row()).isEqualTo(2);
        assertThat(parsed.errors().get(0).column()).isEqualTo("备注");
    }

    @Test
    void semicolonsAndTabsAreReadAndNamed() throws Exception {
        for (String separator : List.of(";", "\t")) {
            Path file = text("sep" + separator.hashCode() + ".csv",
                    String.join(separator, HEADER) + "\n" + String.join(separator, "执法股", "2025-06", "3", "2") + "\n");
            ParsedFile<?> parsed = parse(file);
            assertThat(records(parsed)).singleElement().satisfies(row -> assertThat(row.get("行政检查合计")).isEqualTo("3"));
            assertThat(parsed.notes()).anyMatch(note -> note.contains(separator.equals(";") ? "分号" : "制表符"));
        }
    }

    @Test
    void utf16AsExcelSavesUnicodeTextIsRead() throws Exception {
        String content = String.join("\t", HEADER) + "\r\n" + String.join("\t", "执法股", "2025-06", "3", "2") + "\r\n";
        Path withBom = dir.resolve("unicode.csv");
        try (OutputStream out = Files.newOutputStream(withBom)) {
            out.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
            out.write(content.getBytes(StandardCharsets.UTF_16LE));
        }
        assertThat(records(parse(withBom))).singleElement()
            .satisfies(row -> assertThat(row.get("股室")).isEqualTo("执法股"));
        Path withoutBom = Files.write(dir.resolve("unicode-nobom.csv"), content.getBytes(StandardCharsets.UTF_16LE));
        assertThat(records(parse(withoutBom))).hasSize(1);
    }

    @Test
    void aFileThatIsNoTableIsNamedAsWhatItIs() throws Exception {
        Path png = Files.write(dir.resolve("照片.csv"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 });
        assertThat(message(parse(png))).contains("图片").hasSizeLessThan(120);
        Path xlsx = SampleFiles.write(dir.resolve("a.xlsx"), Format.XLSX, HEADER,
                List.of(List.of("执法股", "2025-06", 3, 2)));
        Path renamed = Files.copy(xlsx, dir.resolve("改名.csv"));
        assertThat(message(parse(renamed))).contains("Excel", "扩展名");
        Path pdf = text("报表.xlsx", "%PDF-1.7 ...");
        assertThat(message(parse(pdf))).contains("PDF");
    }

    @Test
    void aHeaderNotFoundIsComparedWithTheKindItResemblesNotTheWholeCatalogue() throws Exception {
        Path missing = text("缺列.csv", "股室,统计月份,行政检查合计\n执法股,2025-06,3\n");
        assertThat(message(parse(missing))).contains("缺少列", "涉企行政检查").hasSizeLessThan(200);
        Path nothing = text("通讯录.csv", "姓名,电话\n张三,13800000000\n");
        assertThat(message(parse(nothing))).contains("没有找到表头").hasSizeLessThan(200);
    }

    @Test
    void aFormulaSavedWithoutItsResultNamesTheCellAndSaysToSaveInExcel() throws Exception {
        Path file = RawXlsx.table(List.of(HEADER))
            .sheetData("<sheetData>" + row(1, HEADER) + "<row r=\"2\">" + RawXlsx.inline("A2", "执法股")
                    + RawXlsx.inline("B2", "2025-06") + "<c r=\"C2\"><f>1+2</f></c>" + RawXlsx.inline("D2", "2")
                    + "</row></sheetData>")
            .write(dir.resolve("f.xlsx"));
        ParsedFile<?> parsed = parse(file);
        assertThat(message(parsed)).contains("C2", "公式", "保存");
        assertThat(parsed.errors().get(0).row()).isEqualTo(2);
    }

    @Test
    void the1904DateSystemIsHonoured() throws Exception {
        String styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
        // 2025-06-01 is serial 44347 counted from 1904 (45809 from 1900; 44347 there is
        // 2021-05-31).
        String sheet = "<sheetData>" + row(1, HEADER) + "<row r=\"2\">" + RawXlsx.inline("A2", "执法股")
                + "<c r=\"B2\" s=\"1\"><v>44347</v></c><c r=\"C2\"><v>3</v></c><c r=\"D2\"><v>2</v></c></row></sheetData>";
        Path file = new RawXlsx().sheetData(sheet)
            .styles(styles)
            .workbookProperties("<workbookPr date1904=\"1\"/>")
            .write(dir.resolve("mac.xlsx"));
        assertThat(records(parse(file))).singleElement()
            .satisfies(r -> assertThat(r.get("统计月份")).isEqualTo("2025-06-01"));
    }

    @Test
    void aValueMergedDownAppliesToEachRowOfTheMerge() throws Exception {
        String sheet = "<sheetData>" + row(1, HEADER) + row(2, List.of("执法股", "2025-06", "3", "2")) + "<row r=\"3\">"
                + RawXlsx.inline("A3", "危化股") + "<c r=\"B3\"/>" + RawXlsx.inline("C3", "1") + RawXlsx.inline("D3", "1")
                + "</row></sheetData><mergeCells count=\"1\"><mergeCell ref=\"B2:B3\"/></mergeCells>";
        Path file = new RawXlsx().sheetData(sheet).write(dir.resolve("merged.xlsx"));
        assertThat(records(parse(file))).extracting(r -> r.get("统计月份")).containsExactly("2025-06", "2025-06");
    }

    @Test
    void aFooterSpreadOverSeveralCellsIsIgnoredLikeAOneCellFooter() throws Exception {
        Path file = text("footer.csv", String.join(",", HEADER)
                + "\n执法股,2025-06,3,2\n填表人：王丽,审核人：李强,联系电话：0358-1234567,\n" + "填报日期：2025-07-02,,,\n");
        ParsedFile<?> parsed = parse(file);
        assertThat(records(parsed)).hasSize(1);
        assertThat(parsed.notes()).anyMatch(note -> note.contains("第 3 行") && note.contains("签名"));
    }

    @Test
    void aSharedStringIndexOutOfRangeRejectsTheFileAsDamaged() throws Exception {
        String strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
                + "<si><t>执法股</t></si></sst>";
        String sheet = "<sheetData>" + row(1, HEADER) + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B2\" t=\"s\"><v>7</v></c></row></sheetData>";
        Path file = new RawXlsx().sheetData(sheet).sharedStrings(strings).write(dir.resolve("strings.xlsx"));
        assertThat(message(parse(file))).contains("B2", "损坏");
    }

    @Test
    void aStyleThatIsNoNumberRejectsTheFileAsDamaged() throws Exception {
        String sheet = "<sheetData>" + row(1, HEADER)
                + "<row r=\"2\"><c r=\"A2\" s=\"x\" t=\"inlineStr\"><is><t>执法股</t></is></c>" + "</row></sheetData>";
        assertThat(message(parse(new RawXlsx().sheetData(sheet).write(dir.resolve("style.xlsx"))))).contains("损坏");
    }

    @Test
    void aDoctypeOrAnExternalLinkIsNeverFollowed() throws Exception {
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
        String message = message(parse(new RawXlsx().sheetData(doctype).write(dir.resolve("doctype.xlsx"))));
        assertThat(message).contains("DOCTYPE").doesNotContain("root:");
        Path linked = RawXlsx.table(List.of(HEADER, List.of("执法股", "2025-06", "3", "2")))
            .workbookRelationships(
                    "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                            + "relationships/externalLinkPath\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>")
            .write(dir.resolve("linked.xlsx"));
        ParsedFile<?> parsed = parse(linked);
        assertThat(parsed.errors().toString()).doesNotContain("root:");
        assertThat(records(parsed)).hasSize(1);
    }

    @Test
    void aHalfWrittenWorkbookIsNamedIncompleteWithoutAPath() throws Exception {
        Path whole = SampleFiles.write(dir.resolve("whole.xlsx"), Format.XLSX, HEADER,
                List.of(List.of("执法股", "2025-06", 3, 2)));
        byte[] bytes = Files.readAllBytes(whole);
        Path half = Files.write(dir.resolve("half.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(message(parse(half))).contains("另存为").doesNotContain(dir.toString());
    }

    @Test
    void aCellOverExcelsLimitIsRefusedNamingTheCellWithoutBeingBuilt() throws Exception {
        String huge = "字".repeat(TableLimits.MAX_CELL_CHARS + 1);
        Path xlsx = RawXlsx.table(List.of(HEADER, List.of("执法股", "2025-06", "3", "2", huge)))
            .write(dir.resolve("long.xlsx"));
        ParsedFile<?> parsed = parse(xlsx);
        assertThat(message(parsed)).contains("E 列", "32767");
        assertThat(parsed.errors().get(0).row()).isEqualTo(2);
        Path csv = text("long.csv", String.join(",", HEADER) + "\n执法股,2025-06,3,2," + huge + "\n");
        assertThat(message(parse(csv))).contains("E 列", "32767");
        Path endless = text("endless.csv",
                String.join(",", HEADER) + "\n\"" + "x".repeat(TableLimits.MAX_RECORD_CHARS + 10));
        assertThat(message(parse(endless))).contains("第 2 行", "引号");
    }

    private static String row(int number, List<String> cells) {
        StringBuilder xml = new StringBuilder("<row r=\"" + number + "\">");
        for (int c = 0; c < cells.size(); c++) {
            xml.append(RawXlsx.inline(RawXlsx.ref(c, number), cells.get(c)));
        }
        return xml.append("</row>").toString();
    }

}
