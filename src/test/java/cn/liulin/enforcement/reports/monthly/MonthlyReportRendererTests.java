package cn.liulin.enforcement.reports.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.lateness.Lateness;
import cn.liulin.enforcement.lateness.ReportingRates;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportRenderer;
import cn.liulin.enforcement.submissions.MonthlyCounts;
import cn.liulin.enforcement.supervision.SupervisionFigures;
import cn.liulin.enforcement.support.RenderedReports;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 月报 template itself, rendered from known figures without a database. */
class MonthlyReportRendererTests {

    private static final String LONG_NAME = "应急管理综合行政执法队第三中队（煤矿、非煤矿山及危险化学品驻企监管专员小组）";

    @TempDir
    Path dir;

    private final MonthlyReportRenderer renderer = new MonthlyReportRenderer(new ReportRenderer(),
            new ReportingProperties.Contact("王丽", "0358-6020100"));

    private MonthlyReportData data(int sections) {
        List<MonthlyReportData.Line> lines = new ArrayList<>();
        lines.add(new MonthlyReportData.Line(LONG_NAME, new MonthlyCounts(1, 1, 0, 0, 0, 0),
                new MonthlyCounts(9, 8, 1, 1, 0, 0), "按时报送", "2025-07-02 10:00"));
        for (int i = 1; i < sections; i++) {
            lines.add(new MonthlyReportData.Line("第" + i + "股", null, MonthlyCounts.ZERO, "逾期未报", ""));
        }
        return new MonthlyReportData("柳林县应急管理局", ReportingPeriod.of(2025, 6), "2025-07-03 23:59:59", lines,
                new MonthlyCounts(1, 1, 0, 0, 0, 0), new MonthlyCounts(9, 8, 1, 1, 0, 0),
                ReportingRates.of(List.of(Lateness.onTime())), List.of(), SupervisionFigures.NONE,
                SupervisionFigures.NONE, null, InspectionBlock.NONE);
    }

    private Path pdf(MonthlyReportData data) throws Exception {
        Path file = dir.resolve("monthly.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            renderer.render(data, new ReportDelivery.Version(1, List.of()), "2025-07-04 01:00").writePdf(out);
        }
        return file;
    }

    @Test
    void theLongestSectionNameWrapsAndIsNeverCut() throws Exception {
        Path file = pdf(data(1));
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            // In drawing order each cell's lines come together: the whole name, over
            // several lines.
            String text = new PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", "")).contains(LONG_NAME);
        }
        String byPosition = RenderedReports.pdfText(file);
        assertThat(byPosition.lines().filter(line -> line.contains("应急管理综合行政执法队"))).hasSize(1);
        assertThat(byPosition).doesNotContain(LONG_NAME);
    }

    @Test
    void aLongListRunsOverPagesWithHeadersAndPageNumbersOnEach() throws Exception {
        Path file = pdf(data(60));
        int pages = RenderedReports.pdfPages(file);
        assertThat(pages).isGreaterThan(1);
        String text = RenderedReports.pdfText(file);
        assertThat(text).contains("第 1 页 / 共 " + pages + " 页", "第 " + pages + " 页 / 共 " + pages + " 页");
        assertThat(text.split("报送状态", -1)).hasSize(pages + 1);
        assertThat(text).contains("填表人：王丽", "联系方式：0358-6020100", "生成时间：2025-07-04 01:00");
    }

}
