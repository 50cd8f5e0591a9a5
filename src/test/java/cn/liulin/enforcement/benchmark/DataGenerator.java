package cn.liulin.enforcement.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;

/**
 * Writes a province-sized data set: a sections.yml of N sections, M months of
 * monthly-count files of N rows each (UTF-8 with BOM, GBK and XLSX in turn, as clerks
 * send them), a 12345 complaint register of K rows, and the same monthly rows as one
 * plain CSV for the COPY baseline.
 */
final class DataGenerator {

    static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计",
            "涉企行政强制");

    /**
     * @param copyCsv the rows as the COPY baseline loads them into a bare scratch table
     * @param shapedCsv the rows with every column monthly_count requires, for a COPY into
     * a table shaped like it
     */
    record DataSet(Path sections, Path inbox, Path copyCsv, Path shapedCsv, int rows, YearMonth lastMonth) {
    }

    static DataSet generate(Path dir, int sections, int months, int complaints, YearMonth lastMonth)
            throws IOException {
        Path sectionsFile = dir.resolve("sections.yml");
        YearMonth first = lastMonth.minusMonths(months - 1);
        try (BufferedWriter out = Files.newBufferedWriter(sectionsFile, StandardCharsets.UTF_8)) {
            out.write("bureau: 某省应急管理厅\nsections:\n");
            for (int s = 1; s <= sections; s++) {
                out.write(
                        "  - {code: S%06d, name: 第%06d执法单位, reports: true, active-from: %s}\n".formatted(s, s, first));
            }
        }
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path copyCsv = dir.resolve("copy.csv");
        Path shapedCsv = dir.resolve("copy-shaped.csv");
        int rows = 0;
        try (BufferedWriter copy = Files.newBufferedWriter(copyCsv, StandardCharsets.UTF_8);
                BufferedWriter shaped = Files.newBufferedWriter(shapedCsv, StandardCharsets.UTF_8)) {
            for (int m = 0; m < months; m++) {
                YearMonth month = first.plusMonths(m);
                List<List<?>> monthRows = new ArrayList<>(sections);
                for (int s = 1; s <= sections; s++) {
                    int inspections = (s * 7 + m * 3) % 40;
                    int penalties = (s + m) % 6;
                    int coercions = (s + m) % 9 == 0 ? 1 : 0;
                    monthRows.add(List.of("S%06d".formatted(s), month.toString(), inspections, inspections / 2,
                            penalties, penalties / 2, coercions, coercions));
                    String counts = "%d,%d,%d,%d,%d,%d".formatted(inspections, inspections / 2, penalties,
                            penalties / 2, coercions, coercions);
                    copy.write("S%06d,%s-01,%s\n".formatted(s, month, counts));
                    shaped.write("%d,%d,S%06d,%s-01,1,2025-11-10T01:00:00Z,%s,,,\n".formatted(m + 1, s + 1, s, month,
                            counts));
                }
                Format format = m % 5 == 4 ? Format.XLSX : m % 2 == 0 ? Format.CSV_UTF8_BOM : Format.CSV_GBK;
                SampleFiles.write(inbox.resolve("月度执法数据_" + month + format.extension()), format, HEADER, monthRows);
                rows += sections;
            }
        }
        if (complaints > 0) {
            writeComplaints(dir.resolve("complaints-" + complaints + ".csv"), complaints, lastMonth);
        }
        return new DataSet(sectionsFile, inbox, copyCsv, shapedCsv, rows, lastMonth);
    }

    private static void writeComplaints(Path file, int count, YearMonth month) throws IOException {
        List<String> header = List.of("序号", "问题名称", "企业名称", "发生时间", "涉及的执法单位", "执法类型", "问题性质", "问题内容", "反映人", "联系方式",
                "监督方式", "处理结果", "处理时间", "是否移送纪检监察机关", "处理人数", "涉案金额/检查次数", "为企业挽回损失金额");
        List<List<?>> rows = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            LocalDate day = month.atDay(1 + i % 28);
            boolean inspecting = i % 4 == 0;
            rows.add(List.of(i, "关于第" + i + "号投诉的问题", "测试企业" + i + "有限公司", day, "某县应急管理综合行政执法队", "行政检查",
                    inspecting ? "乱检查" : "乱罚款", "投诉内容" + i, "张三", "13800000000", "督办函", "责令限期整改", day.plusDays(3),
                    i % 10 == 0 ? "是" : "否", i % 3, inspecting ? "2" : "1000.00", "500.00"));
        }
        SampleFiles.write(file, Format.CSV_UTF8_BOM, header, rows);
    }

    private DataGenerator() {
    }

}
