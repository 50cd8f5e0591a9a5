package cn.liulin.enforcement.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads rendered reports back as a reader's tools would: the PDF's text and fonts, the
 * XLSX's cells.
 */
public final class RenderedReports {

    private RenderedReports() {
    }

    /**
     * The PDF's text, page by page, as PDFBox extracts it (whitespace collapsed to single
     * spaces).
     */
    public static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[ \\t\\u00A0]+", " ");
        }
    }

    /** The text of the PDF's last page only. */
    public static String pdfLastPageText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(document.getNumberOfPages());
            stripper.setEndPage(document.getNumberOfPages());
            return stripper.getText(document).replaceAll("[ \\t\\u00A0]+", " ");
        }
    }

    public static int pdfPages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** The names of the fonts the PDF uses, each with whether it is embedded. */
    public static List<String> pdfFonts(Path pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " not-embedded"));
                }
            }
        }
        return fonts;
    }

    /**
     * Every non-empty row of the first sheet, each as its cells' text (numbers without
     * ".0").
     */
    public static List<List<String>> xlsxRows(Path xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    String text = cell.getCellType() == CellType.NUMERIC
                            ? java.math.BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString()
                            : cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
                    if (!text.isEmpty()) {
                        cells.add(text);
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    /** The XLSX's first font name used by cells, as Excel would look it up. */
    public static List<String> xlsxFontNames(Path xlsx) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (int i = 0; i < workbook.getNumberOfFonts(); i++) {
                names.add(workbook.getFontAt(i).getFontName());
            }
        }
        return names;
    }

}
