package cn.liulin.enforcement.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import cn.liulin.enforcement.inspections.CreditCode;

/**
 * A province's year of 入企检查登记 for the benchmark: {@code rows} inspections by 1,000
 * sections at {@code enterprises} enterprises over the twelve months to
 * {@code lastMonth}, one CSV a month, every credit code with its GB 32100-2015 check
 * character.
 */
final class InspectionData {

    static final int SECTIONS = 1_000;

    private static final String[] SOURCES = { "年度计划", "双随机抽查", "投诉举报", "专项检查", "隐患复查" };

    private InspectionData() {
    }

    /**
     * @return the sections file; the month files go in {@code inbox}
     */
    static Path generate(Path dir, Path inbox, int rows, int enterprises, YearMonth lastMonth) throws IOException {
        Path sections = dir.resolve("sections.yml");
        YearMonth first = lastMonth.minusMonths(11);
        try (BufferedWriter out = Files.newBufferedWriter(sections, StandardCharsets.UTF_8)) {
            out.write("bureau: 某省应急管理厅\nsections:\n");
            for (int s = 1; s <= SECTIONS; s++) {
                out.write(
                        "  - {code: S%06d, name: 第%06d执法单位, reports: true, active-from: %s}\n".formatted(s, s, first));
            }
        }
        Files.createDirectories(inbox);
        int perMonth = rows / 12;
        for (int m = 0; m < 12; m++) {
            YearMonth month = first.plusMonths(m);
            try (BufferedWriter out = Files.newBufferedWriter(inbox.resolve("入企检查登记_" + month + ".csv"),
                    StandardCharsets.UTF_8)) {
                out.write("检查日期,股室,企业名称,统一社会信用代码,行业领域,检查事项,检查来源,联合检查,执法人员,入企报备时间,检查通知书,公示,反馈卡,执法系统编号,检查结果\n");
                for (int i = 0; i < perMonth; i++) {
                    long k = (long) m * perMonth + i;
                    int enterprise = (int) ((k * 7919) % enterprises);
                    String day = month.atDay(1 + (int) (k % month.lengthOfMonth())).toString();
                    out.write("%s,S%06d,企业%06d,%s,煤矿,事项%d,%s,否,甲%d、乙%d,%s,是,是,是,ZF%d,%s\n".formatted(day,
                            1 + k % SECTIONS, enterprise, code(enterprise), k % 40, SOURCES[(int) (k % SOURCES.length)],
                            k % 300, k % 301, day, k, k % 5 == 0 ? "未发现问题" : "责令限期整改"));
                }
            }
        }
        return sections;
    }

    private static String code(int number) {
        return CreditCode.withCheckCharacter("91140000MA0" + "%06d".formatted(number));
    }

}
