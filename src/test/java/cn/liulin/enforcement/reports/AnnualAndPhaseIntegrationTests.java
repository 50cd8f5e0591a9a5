package cn.liulin.enforcement.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.RenderedReports;
import cn.liulin.enforcement.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * 附件1 and the phase summaries on a data set spanning 2023-2025: yearly rows for 2023 (and
 * a 2024 row that its months contradict), monthly files after; every figure checked
 * against a recount of the inputs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnualAndPhaseIntegrationTests {

    private static final List<String> YEARLY = List.of("股室", "年份", "行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计",
            "涉企行政强制");

    private static final List<String> MONTHLY = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计",
            "涉企行政强制");

    @TempDir
    static Path workspace;

    @TempDir
    static Path outbox;

    private CommandLineRun cli;

    /**
     * The monthly rows sent: 执法股 and 危化股, 2024-01..2025-10; inspections = month number +
     * 10 (+1 for 危化股).
     */
    private final List<List<?>> months = new ArrayList<>();

    @BeforeAll
    void sendData() throws Exception {
        cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl());
        submit("2025-06-04T10:00", "历年执法数据.csv", YEARLY, List.of(List.of("执法股", "2023", 100, 90, 10, 9, 2, 1),
                List.of("危化股", "2023年", 80, 70, 8, 7, 1, 1), List.of("执法股", "2024", 999, 900, 99, 90, 9, 9)));
        for (int year = 2024; year <= 2025; year++) {
            for (int month = 1; month <= (year == 2025 ? 10 : 12); month++) {
                months
                    .add(List.of("执法股", year + "-" + String.format("%02d", month), month + 10, month + 5, 1, 1, 0, 0));
                months
                    .add(List.of("危化股", year + "-" + String.format("%02d", month), month + 11, month + 5, 2, 1, 1, 0));
            }
        }
        submit("2025-11-02T10:00", "两年月度数据.csv", MONTHLY, months);
        submit("2025-11-02T10:05", "问题清单.csv",
                List.of("股室", "发现日期", "来源", "问题类别", "问题描述", "整改措施", "责任人", "整改时限", "整改状态", "整改完成日期"),
                List.of(List.of("执法股", "2025-06-30", "自查", "乱检查", "六月底发现的问题", "整改", "甲", "2025-07-31", "已整改",
                        "2025-07-20"),
                        List.of("执法股", "2025-07-01", "监督检查", "乱罚款", "七月初发现的问题", "整改", "乙", "2025-07-20", "整改中", "")));
        submit("2025-11-02T10:10", "投诉.csv", RegistersIntegrationTests.COMPLAINT_HEADER,
                List.of(complaint("1", "六月底的投诉", "2025-06-30"), complaint("2", "七月初的投诉", "2025-07-01")));
    }

    private static List<?> complaint(String serial, String title, String occurred) {
        return List.of(serial, title, "柳林县某公司" + serial, occurred, "柳林县应急管理综合行政执法队", "行政检查", "乱罚款", "内容", "张三",
                "13812345678", "督办函", "责令限期整改", LocalDate.parse(occurred).plusDays(3).toString(), "否", 0, "100.00",
                "50.00");
    }

    private void submit(String now, String name, List<String> header, List<List<?>> rows) throws Exception {
        Path file = SampleFiles.write(outbox.resolve(name), Format.CSV_UTF8_BOM, header, rows);
        CommandLineRun.Result result = cli.run(now, "submit", file.toString());
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    }

    private int sum(String section, int year, int column) {
        return months.stream()
            .filter(r -> r.get(0).equals(section) && r.get(1).toString().startsWith(year + "-"))
            .mapToInt(r -> (Integer) r.get(column))
            .sum();
    }

    @Test
    @Order(1)
    void aYearlyRowContradictingItsMonthsIsReportedInTheReceiptAndNeverSummed() throws Exception {
        String receipt = Files.readString(workspace.resolve("shared-reports/回执/两年月度数据.csv.回执.txt"));
        assertThat(receipt).contains("已接收");
        String yearly = Files.readString(workspace.resolve("shared-reports/回执/历年执法数据.csv.回执.txt"));
        assertThat(yearly).contains("执法股 2023 年：已登记（该年没有月度数据，报表采用本年度数据）", "执法股 2024 年：已登记（该年没有月度数据");
    }

    @Test
    @Order(2)
    void annualTableFiguresEqualARecountOfTheInputs() throws Exception {
        CommandLineRun.Result result = cli.run("2025-11-05T09:00", "report", "annual");
        assertThat(result.exitCode()).as(result.err()).isZero();
        String text = RenderedReports
            .pdfText(workspace.resolve("shared-reports/2025-11/柳林县应急管理局行政执法相关数据统计表_2023-2025年.pdf"));
        // 2023: the yearly rows; 2024 and 2025: the months win over 执法股's contradicting
        // 2024 row.
        assertThat(text).contains("填报股室：执法股", "2023年 100 90 10 9 2 1",
                "2024年 " + sum("执法股", 2024, 2) + " " + sum("执法股", 2024, 3) + " 12 12 0 0",
                "2025年（截至11月） " + sum("执法股", 2025, 2) + " " + sum("执法股", 2025, 3) + " 10 10 0 0");
        assertThat(text).contains("填报股室：危险化学品安全监督管理股", "2023年 80 70 8 7 1 1",
                "2024年 " + sum("危化股", 2024, 2) + " " + sum("危化股", 2024, 3) + " 24 12 12 0");
        int bureau2024 = sum("执法股", 2024, 2) + sum("危化股", 2024, 2);
        assertThat(text).contains("填报股室：全局合计", "2023年 180 160 18 16 3 2", "2024年 " + bureau2024 + " ");
        assertThat(text).contains("年度数据与月度数据不一致（表中采用月度数据，未相加）：执法股 2024 年：年度数据为 行政检查 999");
        assertThat(text).doesNotContain(Integer.toString(999 + sum("执法股", 2024, 2)));
    }

    @Test
    @Order(3)
    void theSelfInspectionPhaseEndsOnJune30AndSupervisionBeginsOnJuly1() throws Exception {
        CommandLineRun.Result first = cli.run("2025-11-05T09:00", "report", "phase", "--phase", "自查自纠");
        assertThat(first.exitCode()).as(first.err()).isZero();
        String selfInspection = RenderedReports
            .pdfText(workspace.resolve("shared-reports/阶段总结/柳林县应急管理局规范涉企行政执法专项行动自查自纠阶段总结_2025年.pdf"));
        // June only: 执法股 16, 危化股 17 inspections; a year before (June 2024) the same: 16 +
        // 17.
        assertThat(selfInspection).contains("执法股 16 11 1 1 0 0 16 0.0%", "危险化学品安全监督管理股 17 11 2 1 1 0 17 0.0%",
                "合计 33 22 3 2 1 0 33 0.0%", "统计月份：2025年06月");
        // The problem found on 06-30 belongs to this phase; the complaint of 06-30 was
        // handled after it ended.
        assertThat(selfInspection).contains("乱检查 1 1 0 0 1 0 0 0", "乱罚款 1 0 0 0 100.00 0 50.00");
        assertThat(selfInspection).doesNotContain("七月初");

        CommandLineRun.Result second = cli.run("2025-11-05T09:00", "report", "phase", "--phase", "监督检查");
        assertThat(second.exitCode()).as(second.err()).isZero();
        String supervision = RenderedReports
            .pdfText(workspace.resolve("shared-reports/阶段总结/柳林县应急管理局规范涉企行政执法专项行动监督检查阶段总结_2025年.pdf"));
        int july = months.stream()
            .filter(r -> r.get(0).equals("执法股") && r.get(1).equals("2025-07"))
            .mapToInt(r -> (Integer) r.get(2))
            .sum();
        int august = months.stream()
            .filter(r -> r.get(0).equals("执法股") && r.get(1).equals("2025-08"))
            .mapToInt(r -> (Integer) r.get(2))
            .sum();
        assertThat(supervision).contains("执法股 " + (july + august) + " ", "统计月份：2025年07月至2025年08月");
        // The problem found on 07-01 (due 07-20, still in progress at the phase's end)
        // belongs to this phase.
        assertThat(supervision).contains("乱罚款 1 0 1 0 0 1 0 1");
        // Both sections sent July on 11-02: late by 90 days from its deadline (08-03, a
        // Sunday, moved to 08-04);
        // the other ten never did.
        assertThat(supervision).contains("2025年07月 12 0 2 10 0 16.7% 0.0%", "执法股（逾期报送 90天）");
        assertThat(supervision).contains("乱罚款 1 1 0 0 100.00 0 50.00");
    }

    @Test
    @Order(4)
    void anUnknownPhaseSaysWhichExist() {
        CommandLineRun.Result result = cli.run("2025-11-05T09:00", "report", "phase", "--phase", "整改阶段");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("自查自纠 / 监督检查 / 总结提升");
    }

}
