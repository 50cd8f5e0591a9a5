package cn.liulin.enforcement.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV and XLSX readers on real files, as Excel and WPS save them. */
class TableReadersTests {

    private static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查(件)");

    @TempDir
    Path dir;

    private final FileParser parser = new FileParser(List.of(new RecordingIntake()));

    private List<List<String>> rowsOf(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        if (file.toString().endsWith(".xlsx")) {
            XlsxTableReader.read(file, (n, cells) -> rows.add(cells));
        }
        else {
            CsvTableReader.read(file, (n, cells) -> rows.add(cells));
        }
        return rows;
    }

    @Test
    void gbkCsvAsExcelSavesItOnAChineseWindows() throws Exception {
        Path file = SampleFiles.write(dir.resolve("gbk.csv"), Format.CSV_GBK, HEADER,
                List.of(List.of("危化股", "2025年6月", 12, 10)));
        assertThat(CsvEncoding.of(file).charset()).isEqualTo(CsvTableReader.GB18030);
        assertThat(rowsOf(file)).containsExactly(HEADER, List.of("危化股", "2025年6月", "12", "10"));
    }

    @Test
    void utf8CsvWithAByteOrderMark() throws Exception {
        Path file = SampleFiles.write(dir.resolve("bom.csv"), Format.CSV_UTF8_BOM, HEADER,
                List.of(List.of("执法股", "2025-06", 3, 2)));
        assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) 0xEF);
        List<List<String>> rows = rowsOf(file);
        assertThat(rows.get(0).get(0)).isEqualTo("股室");
        assertThat(parser.parse(file, Instant.EPOCH).accepted()).isTrue();
    }

    @Test
    void xlsxNumbersAndDateCellsComeAsPlainText() throws Exception {
        Path file = SampleFiles.write(dir.resolve("counts.xlsx"), Format.XLSX, HEADER,
                List.of(List.of("执法股", LocalDate.of(2025, 6, 1), 3.0, 2)));
        assertThat(rowsOf(file)).containsExactly(HEADER, List.of("执法股", "2025-06-01", "3", "2"));
    }

    @Test
    void anExcelSavedWorkbookWithSharedStringsRichTextFormulasAndGapsReadsAsItShows() throws Exception {
        Path file = dir.resolve("excel.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("数据");
            var head = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                head.createCell(i).setCellValue(HEADER.get(i));
            }
            var rich = new org.apache.poi.xssf.usermodel.XSSFRichTextString("执法");
            rich.append("股", workbook.createFont());
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\""));
            var row = sheet.createRow(2); // row 2 of the sheet left empty, as clerks do
            row.createCell(0).setCellValue(rich);
            var month = row.createCell(1);
            month.setCellValue(LocalDate.of(2025, 6, 1));
            month.setCellStyle(dates);
            row.createCell(2).setCellFormula("1+2");
            row.createCell(4).setCellFormula("\"合\"&\"计\"");
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellStyle(dates); // styled, but empty
            row.createCell(7).setCellValue(0.5);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        List<Integer> numbers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        XlsxTableReader.read(file, (n, cells) -> {
            numbers.add(n);
            rows.add(cells);
        });
        assertThat(numbers).containsExactly(1, 3);
        assertThat(rows.get(1)).containsExactly("执法股", "2025-06-01", "3", "", "合计", "TRUE", "", "0.5");
    }

    @Test
    void aWorkbookWhoseFirstSheetIsAnInstructionPageIsReadFromItsDataSheet() throws Exception {
        Path file = dir.resolve("two-sheets.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            workbook.createSheet("填表说明").createRow(0).createCell(0).setCellValue("请按月填写本股室的执法件数。");
            var data = workbook.createSheet("数据");
            var head = data.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                head.createCell(i).setCellValue(HEADER.get(i));
            }
            var row = data.createRow(1);
            row.createCell(0).setCellValue("执法股");
            row.createCell(1).setCellValue("2025-06");
            row.createCell(2).setCellValue(3);
            row.createCell(3).setCellValue(2);
            workbook.write(out);
        }
        ParsedFile<?> parsed = parser.parse(file, Instant.EPOCH);
        assertThat(parsed.accepted()).isTrue();
        assertThat(parsed.rows()).isEqualTo(1);
    }

    @Test
    void aCorruptXlsxGetsAClearMessage() throws Exception {
        Path file = Files.write(dir.resolve("broken.xlsx"), new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6 });
        ParsedFile<?> parsed = parser.parse(file, Instant.EPOCH);
        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.errors().get(0).message()).contains("xlsx");
    }

    @Test
    void anOldXlsFileIsRejectedWithWhatToDo() throws Exception {
        Path file = Files.write(dir.resolve("old.xls"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 });
        assertThat(parser.parse(file, Instant.EPOCH).errors().get(0).message()).contains("另存为").contains(".xlsx");
    }

    @Test
    void anXlsSavedUnderAnXlsxNameIsRecognised() throws Exception {
        byte[] ole2 = new byte[512];
        byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        Path file = Files.write(dir.resolve("renamed.xlsx"), ole2);
        assertThat(parser.parse(file, Instant.EPOCH).errors().get(0).message()).contains(".xls");
    }

    @Test
    void anEmptyFileIsRejected() throws Exception {
        Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertThat(parser.parse(file, Instant.EPOCH).errors().get(0).message()).contains("空");
    }

    @Test
    void otherFileTypesAreRejected() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.docx"), "hello");
        assertThat(parser.parse(file, Instant.EPOCH).errors().get(0).message()).contains(".xlsx 或 .csv");
    }

}
