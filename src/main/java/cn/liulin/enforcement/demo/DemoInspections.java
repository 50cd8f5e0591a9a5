package cn.liulin.enforcement.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.demo.DemoScenario.DemoFile;
import cn.liulin.enforcement.inspections.CreditCode;

/**
 * The demo's 入企检查登记 for June: each warning rule of spec 5.7 fires once (quiet days 1-5),
 * the other rows are clean visits that make each section's list match its reported
 * 涉企行政检查, except 煤矿股's, which lacks two: the 月报 shows one 差 2.
 */
final class DemoInspections {

    static final List<String> HEADER = List.of("检查日期", "股室", "企业名称", "统一社会信用代码", "行业领域", "检查事项", "检查来源", "联合检查", "执法人员",
            "入企报备时间", "检查通知书", "公示", "反馈卡", "执法系统编号", "检查结果");

    private static final YearMonth JUNE = YearMonth.of(DemoScenario.YEAR, 6);

    private DemoInspections() {
    }

    static DemoFile june() {
        List<List<?>> rows = new ArrayList<>();
        // 多头检查: 煤矿股 and 危化股 at one coal mine within ten days.
        rows.add(visit("2025-06-10", "煤矿股", "柳林县金源煤业有限公司", 1, "安全生产条件"));
        rows.add(visit("2025-06-20", "危化股", "柳林县金源煤业有限公司", 1, "危险化学品储存"));
        // 联合检查: the same two together at a chemical plant: one inspection, no warning.
        rows.add(joint(visit("2025-06-12", "煤矿股", "柳林县晋西化工有限公司", 2, "联合执法检查")));
        rows.add(joint(visit("2025-06-12", "危化股", "柳林县晋西化工有限公司", 2, "联合执法检查")));
        // 重复检查: the same matter twice in a month.
        rows.add(visit("2025-06-11", "执法股", "柳林县鑫达建材有限公司", 3, "粉尘防爆"));
        rows.add(visit("2025-06-25", "执法股", "柳林县鑫达建材有限公司", 3, "粉尘防爆"));
        // 高频检查: three visits in one week.
        for (String day : List.of("2025-06-16", "2025-06-17", "2025-06-18")) {
            rows.add(source(visit(day, "应急管理综合行政执法队", "柳林县宏泰商贸有限公司", 4, "专项检查" + day), "专项检查"));
        }
        // 安静期: a planned visit on the 3rd.
        rows.add(visit("2025-06-03", "工贸行业安全监督管理股", "柳林县瑞丰铝业有限公司", 5, "年度计划检查"));
        // 未报备, 一通知一公示一反馈不全, 检查主体, 未使用执法系统: one careless visit.
        List<Object> careless = visit("2025-06-09", "应急管理综合行政执法队", "柳林县兴旺钢铁有限公司", 6, "现场检查");
        careless.set(8, "王强");
        careless.set(9, "");
        careless.set(11, "否");
        careless.set(13, "");
        rows.add(careless);
        // 低效检查: the same inspectors three times at one enterprise, nothing found (March,
        // May, June).
        for (String day : List.of("2025-03-10", "2025-05-12", "2025-06-15")) {
            List<Object> nothing = visit(day, "第一监管专员小组", "柳林县永安煤业有限公司", 7, "例行检查" + day);
            nothing.set(14, "未发现问题");
            rows.add(nothing);
        }
        int enterprise = 100;
        for (String sender : List.of("执法股", "危化股", "非煤矿山安全监督管理股", "煤矿股", "工贸行业安全监督管理股", "应急管理综合行政执法队", "应急救援指挥股",
                "综合监管股", "第一监管专员小组", "监管专员二组", "JZ3")) {
            long listed = rows.stream()
                .filter(row -> row.get(1).equals(sender)
                        && YearMonth.from(LocalDate.parse(row.get(0).toString())).equals(JUNE))
                .count();
            int wanted = DemoScenario.enterpriseInspections(sender, JUNE) - (sender.equals("煤矿股") ? 2 : 0);
            for (long n = listed; n < wanted; n++) {
                enterprise++;
                String day = JUNE.atDay(6 + (enterprise % 22)).toString();
                rows.add(visit(day, sender, "柳林县第" + enterprise + "号企业有限公司", enterprise, "日常检查"));
            }
        }
        return new DemoFile(LocalDateTime.of(DemoScenario.YEAR, 7, 2, 17, 30), "入企检查登记_2025年6月.xlsx",
                SampleFiles.Format.XLSX, HEADER, rows);
    }

    /**
     * A visit that breaks no rule: announced that day, noticed, published, two
     * inspectors, in the system.
     */
    private static List<Object> visit(String day, String section, String enterprise, int number, String item) {
        return new ArrayList<>(List.of(day, section, enterprise, code(number), "煤矿", item, "年度计划", "否", "李强、王丽", day,
                "是", "是", "是", "ZF" + day.replace("-", "") + number, "责令限期整改"));
    }

    private static List<Object> joint(List<Object> row) {
        row.set(7, "是");
        return row;
    }

    private static List<Object> source(List<Object> row, String source) {
        row.set(6, source);
        return row;
    }

    /** A made-up 统一社会信用代码 of Liulin (1411 25) with its GB 32100-2015 check character. */
    private static String code(int number) {
        return CreditCode.withCheckCharacter("91141125MA0" + "%06d".formatted(number));
    }

}
