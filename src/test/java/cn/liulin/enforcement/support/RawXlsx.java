package cn.liulin.enforcement.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx written part by part, so that a test can make the workbooks no spreadsheet
 * program would save but a damaged copy, another tool or a hostile sender might: any
 * sheet XML, shared strings, styles, workbook properties and relationships.
 */
public final class RawXlsx {

    private String sheet = "<sheetData/>";

    private String sharedStrings;

    private String styles;

    private String workbookProperties = "";

    private String workbookRelationships = "";

    /**
     * Inline-string cells, row by row, as a clerk's table: {@code rows.get(0)} is row 1.
     */
    public static RawXlsx table(List<List<String>> rows) {
        StringBuilder xml = new StringBuilder("<sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                xml.append(inline(ref(c, r + 1), rows.get(r).get(c)));
            }
            xml.append("</row>");
        }
        return new RawXlsx().sheetData(xml.append("</sheetData>").toString());
    }

    public static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text.replace("&", "&amp;").replace("<", "&lt;")
                + "</t></is></c>";
    }

    public static String ref(int column, int row) {
        return (char) ('A' + column) + Integer.toString(row);
    }

    /**
     * The worksheet's content: {@code <sheetData>...</sheetData>} and anything after it
     * (merges).
     */
    public RawXlsx sheetData(String xml) {
        this.sheet = xml;
        return this;
    }

    public RawXlsx sharedStrings(String xml) {
        this.sharedStrings = xml;
        return this;
    }

    public RawXlsx styles(String xml) {
        this.styles = xml;
        return this;
    }

    public RawXlsx workbookProperties(String xml) {
        this.workbookProperties = xml;
        return this;
    }

    /** More {@code <Relationship>} elements of the workbook (links to other files). */
    public RawXlsx workbookRelationships(String xml) {
        this.workbookRelationships = xml;
        return this;
    }

    public Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, sheetPart());
        }
        return file;
    }

    /**
     * Writes the package with a sheet whose XML comes from {@code sheetXml} (for parts
     * too big to hold).
     */
    public void write(OutputStream target, SheetWriter sheetXml) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            entry(zip, "[Content_Types].xml",
                    """
                            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                            <Default Extension="xml" ContentType="application/xml"/>
                            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                            """
                            + (sharedStrings == null ? ""
                                    : """
                                            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                                            """)
                            + (styles == null ? ""
                                    : """
                                            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                                            """)
                            + "</Types>");
            entry(zip, "_rels/.rels",
                    """
                            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                            </Relationships>""");
            entry(zip, "xl/workbook.xml",
                    """
                            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                            """
                            + workbookProperties + """
                                    <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels",
                    """
                            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                            """
                            + (sharedStrings == null ? ""
                                    : """
                                            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                                            """)
                            + (styles == null ? ""
                                    : """
                                            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                                            """)
                            + workbookRelationships + "</Relationships>");
            if (sharedStrings != null) {
                entry(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            if (styles != null) {
                entry(zip, "xl/styles.xml", styles);
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheetXml.write(zip);
            zip.closeEntry();
        }
    }

    private SheetWriter sheetPart() {
        String xml = sheet.startsWith("<?xml") || sheet.startsWith("<!DOCTYPE") ? sheet : """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""" + sheet
                + "</worksheet>";
        return out -> out.write(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Writes a worksheet's XML. */
    @FunctionalInterface
    public interface SheetWriter {

        void write(OutputStream out) throws IOException;

    }

}
