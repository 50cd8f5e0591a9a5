package cn.liulin.enforcement.benchmark;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * The baseline of the 月报 measurement, in a JVM of its own with the same heap: the same
 * period's rows, with every value a 月报 row shows (this month's and the year's six counts,
 * status, received time), read with one query, filled into a minimal template (with a
 * swap-file virtualizer, as the job uses) and exported as PDF and XLSX. Args: jdbc-url
 * period output-dir. Prints the milliseconds it took.
 */
public final class BareJasper {

    private BareJasper() {
    }

    public static void main(String[] args) throws Exception {
        JasperReport template = JasperCompileManager
            .compileReport(BareJasper.class.getResourceAsStream("/bench/minimal.jrxml"));
        long started = System.nanoTime();
        List<Map<String, ?>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(args[0]);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        """
                                with y as (
                                    select section_code, sum(inspection_total) y1, sum(inspection_enterprise) y2, sum(penalty_total) y3,
                                           sum(penalty_enterprise) y4, sum(coercion_total) y5, sum(coercion_enterprise) y6
                                    from current_monthly_count
                                    where period between date_trunc('year', date '%1$s-01') and date '%1$s-01'
                                    group by section_code)
                                select s.name, m.inspection_total, m.inspection_enterprise, m.penalty_total, m.penalty_enterprise,
                                       m.coercion_total, m.coercion_enterprise, y.y1, y.y2, y.y3, y.y4, y.y5, y.y6,
                                       to_char(m.received_at, 'YYYY-MM-DD HH24:MI')
                                from section s
                                left join current_monthly_count m on m.section_code = s.code and m.period = date '%1$s-01'
                                left join y on y.section_code = s.code
                                where s.reports order by s.sort_order
                                """
                            .formatted(args[1]))) {
            int index = 1;
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                row.put("idx", index++);
                row.put("section", rs.getString(1));
                for (int i = 1; i <= 6; i++) {
                    row.put("m" + i, rs.getObject(i + 1));
                    row.put("y" + i, rs.getObject(i + 7) == null ? 0 : ((Number) rs.getObject(i + 7)).intValue());
                }
                row.put("status", "按时报送");
                row.put("received", rs.getString(14));
                rows.add(row);
            }
        }
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(20,
                new JRSwapFile(System.getProperty("java.io.tmpdir"), 8192, 1024), true);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        JasperPrint print = JasperFillManager.fillReport(template, parameters, new JRMapCollectionDataSource(rows));
        virtualizer.setReadOnly(true);
        Path out = Files.createDirectories(Path.of(args[2]));
        try (OutputStream pdf = Files.newOutputStream(out.resolve("bare.pdf"));
                OutputStream xlsx = Files.newOutputStream(out.resolve("bare.xlsx"))) {
            JRPdfExporter pdfExporter = new JRPdfExporter();
            pdfExporter.setExporterInput(new SimpleExporterInput(print));
            pdfExporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            pdfExporter.exportReport();
            JRXlsxExporter xlsxExporter = new JRXlsxExporter();
            xlsxExporter.setExporterInput(new SimpleExporterInput(print));
            xlsxExporter.setExporterOutput(new SimpleOutputStreamExporterOutput(xlsx));
            xlsxExporter.exportReport();
        }
        virtualizer.cleanup();
        System.out.println("bare-ms=" + (System.nanoTime() - started) / 1_000_000 + " rows=" + rows.size() + " pages="
                + print.getPages().size());
    }

}
