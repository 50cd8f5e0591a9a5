package cn.liulin.enforcement.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as the bureau's clerks send them: CSV in UTF-8 with BOM (Excel's "CSV
 * UTF-8"), CSV in GBK (Excel's plain "CSV" on a Chinese Windows), or .xlsx with real
 * number and date cells. The demo, the tests and the benchmark's data generator all make
 * their input files with it.
 */
public final class SampleFiles {

    public static final Charset GBK = Charset.forName("GBK");

    private SampleFiles() {
    }

    /** How a sample file is saved. */
    public enum Format {

        CSV_UTF8_BOM, CSV_UTF8, CSV_GBK, XLSX;

        public String extension() {
            return this == XLSX ? ".xlsx" : ".csv";
        }

    }

    /**
     * Writes a header row and data rows. Cells may be {@link String}, {@link Number} or
     * {@link LocalDate}; {@code null} leaves the cell empty.
     */
    public static Path write(Path file, Format format, List<String> header, List<List<?>> rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        switch (format) {
            case CSV_UTF8_BOM -> csv(file, StandardCharsets.UTF_8, true, header, rows);
            case CSV_UTF8 -> csv(file, StandardCharsets.UTF_8, false, header, rows);
            case CSV_GBK -> csv(file, GBK, false, header, rows);
            case XLSX -> xlsx(file, header, rows);
        }
        return file;
    }

    private static void csv(Path file, Charset charset, boolean bom, List<String> header, List<List<?>> rows)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            }
            Writer writer = new OutputStreamWriter(out, charset);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
                printer.printRecord(header);
                for (List<?> row : rows) {
                    printer.printRecord(row.stream().map(cell -> cell == null ? "" : cell.toString()).toList());
                }
            }
        }
    }

    private static void xlsx(Path file, List<String> header, List<List<?>> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            writeRow(sheet.createRow(0), header, dateStyle);
            for (int i = 0; i < rows.size(); i++) {
                writeRow(sheet.createRow(i + 1), rows.get(i), dateStyle);
            }
            workbook.write(out);
        }
    }

    private static void writeRow(Row row, List<?> cells, CellStyle dateStyle) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            }
            else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            }
            else {
                cell.setCellValue(value.toString());
            }
        }
    }

}
