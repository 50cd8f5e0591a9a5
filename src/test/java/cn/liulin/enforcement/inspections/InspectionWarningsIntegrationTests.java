package cn.liulin.enforcement.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.RenderedReports;
import cn.liulin.enforcement.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec 3.6 and 5.7 end to end: one county month of 入企检查登记 through the inbox, each rule
 * made to fire once next to a case at its boundary that must not, then the 入企检查情况及预警清单
 * read back; a corrected list clears a warning in version 2.
 */
class InspectionWarningsIntegrationTests {

    static final List<String> HEADER = List.of("检查日期", "股室", "企业名称", "统一社会信用代码", "行业领域", "检查事项", "检查来源", "联合检查", "执法人员",
            "入企报备时间", "检查通知书", "公示", "反馈卡", "执法系统编号", "检查结果");

    // Codes with a valid GB 32100-2015 check character, worked out apart from the code
    // under test.
    static final String A = "91141125MA0K0001XJ", B = "91141125MA0K0002XK", C = "91141125MA0K0003XL",
            D = "91141125MA0K0004XM", E = "91141125MA0K0005XN", F = "91141125MA0K0006XP", G = "91141125MA0K0007XQ",
            H = "91141125MA0K0008XR", I = "91350100M000100Y43";

    @TempDir
    Path workspace;

    @TempDir
    Path outbox;

    /**
     * A row that breaks no rule: announced, noticed, published, two inspectors, in the
     * system.
     */
    static List<Object> clean(String date, String section, String enterprise, String code, String item) {
        return new ArrayList<>(List.of(date, section, enterprise, code, "煤矿", item, "年度计划", "否", "张三、李四", date, "是",
                "是", "是", "ZF-" + date + "-" + code.substring(14), "责令限期整改"));
    }

    static List<Object> with(List<Object> row, int column, Object value) {
        row.set(column, value);
        return row;
    }

    private List<List<?>> county() {
        List<List<?>> rows = new ArrayList<>();
        // 多头检查: two sections at A within ten days.
        rows.add(clean("2025-06-10", "煤矿股", "甲煤业", A, "安全生产条件"));
        rows.add(clean("2025-06-20", "危化股", "甲煤业", A, "危化品储存"));
        // ... and at the boundary: 30 days apart fires (I), 31 days apart does not (H).
        rows.add(clean("2025-05-21", "煤矿股", "壬化工", I, "通风系统"));
        rows.add(clean("2025-06-20", "危化股", "壬化工", I, "危化品储存"));
        rows.add(clean("2025-05-20", "煤矿股", "辛商贸", H, "通风系统"));
        rows.add(clean("2025-06-20", "危化股", "辛商贸", H, "危化品储存"));
        // 重复检查: the same matter at B twice.
        rows.add(clean("2025-06-11", "煤矿股", "乙煤业", B, "防爆设备"));
        rows.add(clean("2025-06-25", "煤矿股", "乙煤业", B, "防爆设备"));
        // 联合检查: two sections together at C are one inspection: neither 多头 nor 重复.
        rows.add(with(clean("2025-06-12", "煤矿股", "丙建材", C, "联合执法检查"), 7, "是"));
        rows.add(with(clean("2025-06-12", "危化股", "丙建材", C, "联合执法检查"), 7, "是"));
        // 高频检查: three visits at D in one week (Monday to Wednesday); three in the month
        // is allowed.
        rows.add(with(clean("2025-06-16", "执法股", "丁矿业", D, "事项一"), 6, "专项检查"));
        rows.add(with(clean("2025-06-17", "执法股", "丁矿业", D, "事项二"), 6, "专项检查"));
        rows.add(with(clean("2025-06-18", "执法股", "丁矿业", D, "事项三"), 6, "专项检查"));
        // 安静期 (days 1-5): a planned visit fires; a complaint's does not.
        rows.add(clean("2025-06-03", "执法股", "戊化工", E, "年度检查"));
        rows.add(with(clean("2025-06-04", "执法股", "戊化工", E, "投诉核查"), 6, "投诉举报"));
        // 未报备, 一通知一公示一反馈不全, 检查主体, 未使用执法系统: one row at F breaks them all.
        List<Object> careless = clean("2025-06-11", "执法队", "己钢铁", F, "现场检查");
        careless.set(8, "王五");
        careless.set(9, "");
        careless.set(10, "否");
        careless.set(13, "");
        rows.add(careless);
        // 低效检查: the same two inspectors at G three times within a year, nothing found
        // each time.
        for (String date : List.of("2025-03-10", "2025-05-12", "2025-06-15")) {
            rows.add(with(clean(date, "工贸股", "庚铝业", G, "检查" + date), 14, "未发现问题"));
        }
        return rows;
    }

    @Test
    void eachRuleFiresOnceAndItsBoundaryCaseDoesNot() throws Exception {
        CommandLineRun cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl(),
                "--reporting.inspections.quiet-days=1-5");
        Path file = SampleFiles.write(outbox.resolve("入企检查登记_2025年6月.xlsx"), Format.XLSX, HEADER, county());
        CommandLineRun.Result sent = cli.run("2025-07-02T09:00", "submit", file.toString());
        assertThat(sent.exitCode()).as(sent.out() + sent.err()).isZero();
        assertThat(Files.readString(workspace.resolve("shared-reports/回执/入企检查登记_2025年6月.xlsx.回执.txt")))
            .contains("入企检查登记", "煤矿安全监督管理股 2025-06 入企检查");

        CommandLineRun.Result report = cli.run("2025-07-05T09:00", "report", "inspections", "--period", "2025-06");
        assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
        String text = RenderedReports
            .pdfText(workspace.resolve("shared-reports/2025-06/柳林县应急管理局入企检查情况及预警清单_2025年06月.pdf"));
        assertThat(text).contains("多头检查（2 条）", "甲煤业（" + A + "）", "壬化工（" + I + "）")
            .doesNotContain("辛商贸（" + H + "）：30 天内")
            .doesNotContain("丙建材（");
        assertThat(text).contains("重复检查（1 条）", "乙煤业（" + B + "）");
        assertThat(text).contains("高频检查（1 条）", "丁矿业（" + D + "）：2025-06-16 起的一周 3 次");
        assertThat(text).contains("安静期检查（1 条）", "每月 3 日为安静期").doesNotContain("每月 4 日为安静期");
        assertThat(text).contains("未报备入企（1 条）", "检查主体不适格（1 条）", "执法人员只有 1 人", "未使用执法系统（1 条）", "一通知一公示一反馈不全（1 条）",
                "缺检查通知书");
        assertThat(text).contains("低效检查（1 条）", "庚铝业（" + G + "）", "张三、李四 一年内连续三次");
        // Each warning names the rows behind it: file and row number.
        assertThat(text).contains("入企检查登记_2025年6月.xlsx 第 2 行", "入企检查登记_2025年6月.xlsx 第 3 行");
        assertThat(text).doesNotContain("检查事项未公布");

        // 危化股 sends June again without its visit to A: A's 多头检查 is gone from version 2.
        List<List<?>> corrected = county().stream()
            .filter(row -> row.get(1).equals("危化股") && !row.get(3).equals(A))
            .toList();
        Path again = SampleFiles.write(outbox.resolve("入企检查登记_危化股_2025年6月_更正.xlsx"), Format.XLSX, HEADER, corrected);
        assertThat(cli.run("2025-07-06T09:00", "submit", again.toString()).exitCode()).isZero();
        assertThat(cli.run("2025-07-06T10:00", "report", "inspections", "--period", "2025-06").exitCode()).isZero();
        String second = RenderedReports
            .pdfText(workspace.resolve("shared-reports/2025-06/柳林县应急管理局入企检查情况及预警清单_2025年06月_v2.pdf"));
        assertThat(second).contains("多头检查（1 条）", "壬化工（" + I + "）").doesNotContain("甲煤业（" + A + "）：30 天内");
    }

    @Test
    void aCodeWithOneCharacterChangedRejectsTheFileAndNamesTheCell() throws Exception {
        CommandLineRun cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl());
        Path file = SampleFiles.write(outbox.resolve("入企检查登记_抄错.xlsx"), Format.XLSX, HEADER,
                List.of(clean("2025-06-10", "煤矿股", "甲煤业", "91141125MA0K0001XK", "安全生产条件")));
        CommandLineRun.Result sent = cli.run("2025-07-02T09:00", "submit", file.toString());
        assertThat(sent.exitCode()).isEqualTo(2);
        assertThat(Files.readString(workspace.resolve("shared-reports/回执/入企检查登记_抄错.xlsx.回执.txt"))).contains("第 2 行",
                "统一社会信用代码", "校验位不对", "应为 J");
    }

    @Test
    void theReportedCountIsCheckedAgainstTheListInTheReceiptOfWhicheverArrivesSecondAndInTheMonthlyReport()
            throws Exception {
        CommandLineRun cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl(),
                "--reporting.inspections.reconcile-from=2025-06");
        List<String> counts = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计", "涉企行政强制");
        Path reported = SampleFiles.write(outbox.resolve("煤矿股_2025-06.csv"), Format.CSV_UTF8, counts,
                List.of(List.of("煤矿股", "2025-06", 5, 3, 0, 0, 0, 0)));
        assertThat(cli.run("2025-07-01T09:00", "submit", reported.toString()).exitCode()).isZero();
        Path list = SampleFiles.write(outbox.resolve("入企检查登记_煤矿股_6月.xlsx"), Format.XLSX, HEADER,
                List.of(clean("2025-06-10", "煤矿股", "甲煤业", A, "安全生产条件"), clean("2025-06-12", "煤矿股", "乙煤业", B, "通风系统")));
        assertThat(cli.run("2025-07-02T09:00", "submit", list.toString()).exitCode()).isZero();
        assertThat(Files.readString(workspace.resolve("shared-reports/回执/入企检查登记_煤矿股_6月.xlsx.回执.txt"))).contains("已接收",
                "提醒：煤矿安全监督管理股 2025-06 报送的涉企行政检查 3 件，入企检查登记 2 条，差 1");
        assertThat(cli.run("2025-07-05T09:00", "report", "monthly", "--period", "2025-06").exitCode()).isZero();
        assertThat(RenderedReports.pdfText(workspace.resolve("shared-reports/2025-06/柳林县应急管理局涉企行政执法情况月报_2025年06月.pdf")))
            .contains("入企检查情况", "本月入企检查 2 次，涉及企业 2 家", "1 个股室中 0 个一致；煤矿安全监督管理股 差 1（报送 3，登记 2）");

        // The section corrects its count: now the counts arrive second, and say it
        // matches.
        Path corrected = SampleFiles.write(outbox.resolve("煤矿股_2025-06_更正.csv"), Format.CSV_UTF8, counts,
                List.of(List.of("煤矿股", "2025-06", 5, 2, 0, 0, 0, 0)));
        assertThat(cli.run("2025-07-06T09:00", "submit", corrected.toString()).exitCode()).isZero();
        assertThat(Files.readString(workspace.resolve("shared-reports/回执/煤矿股_2025-06_更正.csv.回执.txt")))
            .contains("核对：煤矿安全监督管理股 2025-06 报送的涉企行政检查 2 件与入企检查登记一致");
        assertThat(cli.run("2025-07-06T10:00", "report", "monthly", "--period", "2025-06").exitCode()).isZero();
        assertThat(
                RenderedReports.pdfText(workspace.resolve("shared-reports/2025-06/柳林县应急管理局涉企行政执法情况月报_2025年06月_v2.pdf")))
            .contains("1 个股室中 1 个一致。");
    }

    @Test
    void weeksRunMondayToSundayEveryExemptSourceMayEnterOnAQuietDayAndTwelveMonthsIsTheRepeatWindow() throws Exception {
        CommandLineRun cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl(),
                "--reporting.inspections.quiet-days=1-5");
        List<List<?>> rows = new ArrayList<>();
        // Saturday 06-21, Sunday 06-22 and Monday 06-23: the week ends on Sunday, so no
        // week has three.
        for (String day : List.of("2025-06-21", "2025-06-22", "2025-06-23")) {
            rows.add(with(clean(day, "执法股", "丁矿业", D, "事项" + day), 6, "专项检查"));
        }
        // On quiet days, each exempt source may enter; a planned visit may not.
        String[] exempt = { "投诉举报", "事故调查", "上级交办", "隐患复查" };
        String[] codes = { E, I, C, A };
        for (int i = 0; i < exempt.length; i++) {
            rows.add(with(clean("2025-06-0" + (i + 1), "煤矿股", "企业" + i, codes[i], "核查" + i), 6, exempt[i]));
        }
        rows.add(clean("2025-06-05", "煤矿股", "己钢铁", F, "年度检查"));
        // The same matter 12 months before fires; 12 months and one day before does not.
        rows.add(clean("2024-06-20", "危化股", "乙煤业", B, "防爆设备"));
        rows.add(clean("2025-06-20", "危化股", "乙煤业", B, "防爆设备"));
        rows.add(clean("2024-06-19", "危化股", "庚铝业", G, "防爆设备"));
        rows.add(clean("2025-06-20", "危化股", "庚铝业", G, "防爆设备"));
        Path file = SampleFiles.write(outbox.resolve("入企检查登记_边界.xlsx"), Format.XLSX, HEADER, rows);
        CommandLineRun.Result sent = cli.run("2025-07-02T09:00", "submit", file.toString());
        assertThat(sent.exitCode()).as(sent.out() + sent.err()).isZero();
        assertThat(cli.run("2025-07-05T09:00", "report", "inspections", "--period", "2025-06").exitCode()).isZero();
        String text = RenderedReports
            .pdfText(workspace.resolve("shared-reports/2025-06/柳林县应急管理局入企检查情况及预警清单_2025年06月.pdf"));
        assertThat(text).doesNotContain("高频检查");
        assertThat(text).contains("安静期检查（1 条）", "己钢铁（" + F + "）");
        assertThat(text).contains("重复检查（1 条）", "乙煤业（" + B + "）").doesNotContain("庚铝业（" + G + "）");
    }

    @Test
    void eachNewWarningIsAProblemOfTheListUntilAProblemsRowGivesItsRectification() throws Exception {
        CommandLineRun cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl());
        Path file = SampleFiles.write(outbox.resolve("入企检查登记_多头.xlsx"), Format.XLSX, HEADER,
                List.of(clean("2025-06-10", "煤矿股", "甲煤业", A, "安全生产条件"), clean("2025-06-20", "危化股", "甲煤业", A, "危化品储存")));
        assertThat(cli.run("2025-07-02T09:00", "submit", file.toString()).exitCode()).isZero();
        assertThat(cli.run("2025-07-05T09:00", "report", "rectification").exitCode()).isZero();
        String number = "〔预警 202506-多头检查-" + A + "〕";
        List<String> first = problemCells("20250705");
        assertThat(first).anySatisfy(cell -> assertThat(cell).startsWith(number).contains("多头检查", "甲煤业"));
        assertThat(first).contains("系统预警", "乱检查", "未整改");

        // The section reports its rectification, naming the warning's number.
        Path problems = SampleFiles.write(outbox.resolve("问题清单_整改.xlsx"), Format.XLSX,
                List.of("股室", "发现日期", "来源", "问题类别", "问题描述", "整改措施", "责任人", "整改时限", "整改状态", "整改完成日期"),
                List.of(List.of("危化股", "2025-06-20", "系统预警", "乱检查", number + "两股室先后检查同一企业，已合并检查计划", "合并检查计划", "王丽",
                        "2025-07-20", "已整改", "2025-07-06")));
        CommandLineRun.Result sent = cli.run("2025-07-06T09:00", "submit", problems.toString());
        assertThat(sent.exitCode()).as(sent.out() + sent.err()).isZero();
        assertThat(cli.run("2025-07-06T10:00", "report", "rectification").exitCode()).isZero();
        List<String> second = problemCells("20250706");
        assertThat(second.stream().filter(cell -> cell.startsWith(number)))
            .containsExactly(number + "两股室先后检查同一企业，已合并检查计划");
        assertThat(second).contains("已整改").doesNotContain("未整改");
    }

    @Test
    void aYearlyCapPerIndustryThePublishedListAndTheRosterAreCheckedWhenConfigured() throws Exception {
        Path roster = Files.writeString(outbox.resolve("持证执法人员.txt"), "# 持证执法人员\n张三\n李四\n");
        CommandLineRun cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl(),
                "--reporting.inspections.yearly-caps[煤矿]=2", "--reporting.inspections.items=安全生产条件,通风系统,危化品储存",
                "--reporting.inspections.roster=" + roster);
        List<List<?>> rows = List.of(clean("2025-01-15", "煤矿股", "甲煤业", A, "安全生产条件"),
                clean("2025-03-14", "煤矿股", "甲煤业", A, "通风系统"), clean("2025-06-16", "煤矿股", "甲煤业", A, "井下爆破"),
                clean("2025-02-12", "煤矿股", "乙煤业", B, "安全生产条件"), clean("2025-06-17", "煤矿股", "乙煤业", B, "通风系统"),
                with(clean("2025-06-18", "煤矿股", "丙建材", C, "通风系统"), 8, "张三、王五"));
        Path file = SampleFiles.write(outbox.resolve("入企检查登记_设置.xlsx"), Format.XLSX, HEADER, rows);
        CommandLineRun.Result sent = cli.run("2025-07-02T09:00", "submit", file.toString());
        assertThat(sent.exitCode()).as(sent.out() + sent.err()).isZero();
        assertThat(cli.run("2025-07-05T09:00", "report", "inspections", "--period", "2025-06").exitCode()).isZero();
        String text = RenderedReports
            .pdfText(workspace.resolve("shared-reports/2025-06/柳林县应急管理局入企检查情况及预警清单_2025年06月.pdf"));
        assertThat(text).contains("高频检查（1 条）", "甲煤业（" + A + "）：本年 3 次，超过煤矿行业的年度上限 2 次")
            .doesNotContain("乙煤业（" + B + "）：本年");
        assertThat(text).contains("检查事项未公布（1 条）", "检查事项“井下爆破”不在公布的行政检查事项清单中");
        assertThat(text).contains("检查主体不适格（1 条）", "执法人员 王五 不在持证执法人员名单中");
    }

    private List<String> problemCells(String day) throws Exception {
        return RenderedReports
            .xlsxRows(workspace.resolve("shared-reports/2025-07/柳林县应急管理局涉企问题清单及整改责任清单_" + day + ".xlsx"))
            .stream()
            .flatMap(List::stream)
            .toList();
    }

}
