package cn.liulin.enforcement.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.intake.IntakeError;
import cn.liulin.enforcement.intake.IntakeErrors;
import cn.liulin.enforcement.intake.Row;
import cn.liulin.enforcement.sections.Section;
import org.junit.jupiter.api.Test;

/** The row rules of spec §3.1, one test per rule, without Spring or a database. */
class MonthlyCountRulesTests {

    private static final Section WHK = new Section("WHK", "危险化学品安全监督管理股", List.of("危化股"), true, YearMonth.of(2023, 1),
            null, null, 1);

    private static final Section JZ1 = new Section("JZ1", "第一监管专员小组", List.of(), true, YearMonth.of(2024, 3), null,
            null, 2);

    private static final Section KYG = new Section("KYG", "矿山救护管理股", List.of(), true, YearMonth.of(2023, 1),
            YearMonth.of(2024, 12), null, 3);

    private static final Section OLD = new Section("OLD", "原安监股", List.of(), true, YearMonth.of(2023, 1), null,
            YearMonth.of(2025, 5), 4);

    private static final Section BGS = new Section("BGS", "综合办公室", List.of(), false, YearMonth.of(2023, 1), null, null,
            5);

    private final MonthlyCountRules rules = new MonthlyCountRules(MonthlyCountRulesTests::find, YearMonth.of(2023, 1),
            Clock.fixed(LocalDateTime.parse("2025-07-02T10:00").atZone(BureauZone.ZONE).toInstant(), BureauZone.ZONE));

    private final IntakeErrors errors = new IntakeErrors();

    private static Optional<Section> find(String name) {
        return List.of(WHK, JZ1, KYG, OLD, BGS)
            .stream()
            .filter(s -> s.code().equals(name) || s.name().equals(name) || s.aliases().contains(name))
            .findFirst();
    }

    private static Row row(int number, String section, String period, String... counts) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("股室", section);
        cells.put("统计月份", period);
        List<String> columns = List.of("行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计", "涉企行政强制");
        for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i), i < counts.length ? counts[i] : "0");
        }
        return new Row(number, cells);
    }

    private Optional<MonthlyCountRow> check(Row row) {
        return rules.check(row, errors);
    }

    private IntakeError onlyError() {
        assertThat(errors.list()).hasSize(1);
        return errors.list().get(0);
    }

    @Test
    void aGoodRowBecomesItsSixCounts() {
        var result = check(row(2, "危险化学品安全监督管理股", "2025-06", "12", "10", "3", "2", "1", "1"));
        assertThat(errors.isEmpty()).isTrue();
        assertThat(result.orElseThrow().counts()).isEqualTo(new MonthlyCounts(12, 10, 3, 2, 1, 1));
        assertThat(result.get().sectionCode()).isEqualTo("WHK");
        assertThat(result.get().period().toString()).isEqualTo("2025-06");
    }

    @Test
    void wuAndBlankMeanZero() {
        var result = check(row(2, "WHK", "2025-06", "5", "无", "", "无", "0", ""));
        assertThat(result.orElseThrow().counts()).isEqualTo(new MonthlyCounts(5, 0, 0, 0, 0, 0));
    }

    @Test
    void threePointZeroFromExcelIsThree() {
        assertThat(check(row(2, "WHK", "2025-06", "3.0", "3.00")).orElseThrow().counts().inspectionTotal())
            .isEqualTo(3);
    }

    @Test
    void threeAndAHalfIsAnError() {
        assertThat(check(row(7, "WHK", "2025-06", "3.5"))).isEmpty();
        IntakeError error = onlyError();
        assertThat(error.row()).isEqualTo(7);
        assertThat(error.column()).isEqualTo("行政检查合计");
        assertThat(error.value()).isEqualTo("3.5");
        assertThat(error.message()).contains("整数");
    }

    @Test
    void minusOneIsAnError() {
        assertThat(check(row(2, "WHK", "2025-06", "5", "-1"))).isEmpty();
        assertThat(onlyError().message()).contains("负数");
        assertThat(onlyError().column()).isEqualTo("涉企行政检查");
    }

    @Test
    void aChineseNumeralIsAnError() {
        assertThat(check(row(2, "WHK", "2025-06", "三"))).isEmpty();
        assertThat(onlyError().message()).contains("阿拉伯数字");
    }

    @Test
    void anEnterprisePartAboveItsTotalIsAnError() {
        assertThat(check(row(4, "WHK", "2025-06", "3", "5"))).isEmpty();
        IntakeError error = onlyError();
        assertThat(error.column()).isEqualTo("涉企行政检查");
        assertThat(error.message()).contains("不能大于行政检查合计");
    }

    @Test
    void eachPairIsCheckedOnItsOwn() {
        check(row(4, "WHK", "2025-06", "3", "3", "1", "2", "0", "1"));
        assertThat(errors.list()).extracting(IntakeError::column).containsExactly("涉企行政处罚", "涉企行政强制");
    }

    @Test
    void monthsAreReadAsPeopleWriteThem() {
        for (String written : List.of("2025-06", "2025年6月", "2025年06月", "2025/6", "2025.6", "202506", "2025-06-01",
                "2025/6/15", "２０２５－０６", "20250630", "2025年06月份")) {
            var result = new MonthlyCountRules(MonthlyCountRulesTests::find, YearMonth.of(2023, 1), Clock
                .fixed(LocalDateTime.parse("2025-07-02T10:00").atZone(BureauZone.ZONE).toInstant(), BureauZone.ZONE))
                .check(row(2, "WHK", written), errors);
            assertThat(result).as(written).isPresent();
            assertThat(result.get().period().toString()).as(written).isEqualTo("2025-06");
        }
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void anExcelDateCellCountsForItsMonth() {
        // The xlsx reader gives a date cell as its ISO date (see TableReadersTests).
        assertThat(check(row(2, "WHK", "2025-06-30")).orElseThrow().period().toString()).isEqualTo("2025-06");
    }

    @Test
    void anUnreadableMonthIsAnError() {
        assertThat(check(row(2, "WHK", "六月"))).isEmpty();
        assertThat(onlyError().column()).isEqualTo("统计月份");
        check(row(3, "WHK", "2025-13"));
        assertThat(errors.count()).isEqualTo(2);
    }

    @Test
    void aFutureMonthIsAnError() {
        assertThat(check(row(2, "WHK", "2025-08"))).isEmpty();
        assertThat(onlyError().message()).contains("晚于当前月份 2025-07");
    }

    @Test
    void theCurrentMonthIsAllowed() {
        assertThat(check(row(2, "WHK", "2025-07"))).isPresent();
    }

    @Test
    void aMonthBeforeTheFirstMonthOfDataIsAnError() {
        assertThat(check(row(2, "WHK", "2022-12"))).isEmpty();
        assertThat(onlyError().message()).contains("早于数据起始月份 2023-01");
    }

    @Test
    void anUnknownSectionIsAnError() {
        assertThat(check(row(5, "宣传股", "2025-06"))).isEmpty();
        IntakeError error = onlyError();
        assertThat(error.column()).isEqualTo("股室");
        assertThat(error.value()).isEqualTo("宣传股");
        assertThat(error.message()).contains("股室名单中没有");
    }

    @Test
    void anAliasFindsItsSection() {
        assertThat(check(row(2, "危化股", "2025-06")).orElseThrow().sectionCode()).isEqualTo("WHK");
    }

    @Test
    void aSectionBeforeItsFirstMonthIsAnError() {
        assertThat(check(row(2, "JZ1", "2024-02"))).isEmpty();
        assertThat(onlyError().message()).contains("自 2024-03 起");
        assertThat(check(row(3, "JZ1", "2024-03"))).isPresent();
    }

    @Test
    void aSectionAfterItsLastMonthIsAnError() {
        assertThat(check(row(2, "KYG", "2025-01"))).isEmpty();
        assertThat(onlyError().message()).contains("停止报送");
        assertThat(check(row(3, "KYG", "2024-12"))).isPresent();
    }

    @Test
    void aSectionDroppedFromTheListCannotReportNewMonths() {
        assertThat(check(row(2, "OLD", "2025-06"))).isEmpty();
        assertThat(onlyError().message()).contains("移除");
        assertThat(check(row(3, "OLD", "2025-04"))).isPresent();
    }

    @Test
    void aSectionThatDoesNotReportCannotSendCounts() {
        assertThat(check(row(2, "综合办公室", "2025-06"))).isEmpty();
        assertThat(onlyError().message()).contains("无需报送");
    }

    @Test
    void twoRowsForOneSectionAndMonthAreAnError() {
        assertThat(check(row(2, "WHK", "2025-06"))).isPresent();
        assertThat(check(row(3, "危化股", "2025年6月"))).isEmpty();
        IntakeError error = onlyError();
        assertThat(error.row()).isEqualTo(3);
        assertThat(error.message()).contains("与第 2 行重复");
        assertThat(check(row(4, "WHK", "2025-05"))).isPresent();
    }

    @Test
    void everyErrorOfARowIsReported() {
        check(row(9, "宣传股", "2030-01", "三", "-1", "3.5"));
        assertThat(errors.list()).extracting(IntakeError::column)
            .containsExactly("股室", "统计月份", "行政检查合计", "涉企行政检查", "行政处罚合计");
        assertThat(errors.list()).allMatch(error -> error.row() == 9);
    }

}
