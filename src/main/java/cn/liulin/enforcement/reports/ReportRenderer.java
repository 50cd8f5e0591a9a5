package cn.liulin.enforcement.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills a compiled template ({@code classpath:reports/<name>.jasper}, compiled at build
 * time) and exports the same filled report as PDF and as XLSX, so the two files always
 * show the same figures.
 */
public class ReportRenderer {

    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();

    /**
     * Above this many rows, filled pages are swapped to a temporary file instead of held
     * in the heap.
     */
    static final int VIRTUALIZE_ABOVE_ROWS = 2_000;

    /**
     * A filled report, ready to be written as PDF or XLSX; close it to free its swap
     * file.
     */
    public record Filled(JasperPrint print, JRVirtualizer virtualizer) implements AutoCloseable {

        @Override
        public void close() {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
        }

        public void writePdf(OutputStream out) throws IOException {
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(print.getName());
            configuration.setMetadataCreator("enforcement-reporting");
            exporter.setConfiguration(configuration);
            export(exporter::exportReport);
        }

        public void writeXlsx(OutputStream out) throws IOException {
            JRXlsxExporter exporter = new JRXlsxExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
            configuration.setOnePagePerSheet(false);
            configuration.setDetectCellType(true);
            configuration.setRemoveEmptySpaceBetweenRows(true);
            configuration.setRemoveEmptySpaceBetweenColumns(true);
            configuration.setWhitePageBackground(false);
            configuration.setIgnorePageMargins(true);
            configuration.setCollapseRowSpan(false);
            configuration.setSheetNames(new String[] { print.getName() });
            exporter.setConfiguration(configuration);
            export(exporter::exportReport);
        }

        private static void export(Export export) throws IOException {
            try {
                export.run();
            }
            catch (JRException e) {
                throw new IOException("报表导出失败：" + e.getMessage(), e);
            }
        }

        @FunctionalInterface
        private interface Export {

            void run() throws JRException;

        }
    }

    /**
     * @param parameters the template's parameters
     * @param rows the detail rows, each a map of field name to value
     */
    public Filled fill(String template, Map<String, Object> parameters, Collection<Map<String, ?>> rows) {
        Map<String, Object> all = new HashMap<>(parameters);
        JRSwapFileVirtualizer virtualizer = null;
        if (rows.size() > VIRTUALIZE_ABOVE_ROWS) {
            virtualizer = new JRSwapFileVirtualizer(20,
                    new JRSwapFile(System.getProperty("java.io.tmpdir"), 8192, 1024), true);
            all.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        }
        try {
            JasperPrint print = JasperFillManager.fillReport(load(template), all, new JRMapCollectionDataSource(rows));
            if (virtualizer != null) {
                virtualizer.setReadOnly(true);
            }
            return new Filled(print, virtualizer);
        }
        catch (JRException e) {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
            throw new IllegalStateException("报表 " + template + " 填充失败：" + e.getMessage(), e);
        }
    }

    private JasperReport load(String template) {
        return templates.computeIfAbsent(template, name -> {
            String resource = "/reports/" + name + ".jasper";
            try (InputStream in = ReportRenderer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("找不到编译后的报表模板 " + resource + "（请先用 Maven 构建）");
                }
                return (JasperReport) JRLoader.loadObject(in);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catch (JRException e) {
                throw new IllegalStateException("无法载入报表模板 " + resource, e);
            }
        });
    }

}
