package cn.liulin.enforcement.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.liulin.enforcement.intake.IntakeErrors;
import cn.liulin.enforcement.intake.Row;
import cn.liulin.enforcement.sections.Section;
import org.junit.jupiter.api.Test;

/** The rules of the 执法监督台账 (spec 3.2), each with a passing and a failing row. */
class SupervisionRulesTests {

    private static final Section WHK = new Section("WHK", "危险化学品安全监督管理股", List.of("危化股"), true, YearMonth.of(2023, 1),
            null, null, 1);

    private final SupervisionRules rules = new SupervisionRules(
            name -> name.equals("危化股") ? Optional.of(WHK) : Optional.empty(), LocalDate.of(2025, 8, 4));

    private final IntakeErrors errors = new IntakeErrors();

    private Optional<SupervisionActivity> row(String date, String type, String section, String quantity, String note) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("日期", date);
        cells.put("类型", type);
        cells.put("涉及股室", section);
        cells.put("数量", quantity);
        cells.put("说明", note);
        return rules.check(new Row(2, cells), errors);
    }

    @Test
    void aBlankQuantityIsOne() {
        SupervisionActivity activity = row("2025-07-15", "抽查案卷", "危化股", "", "抽查 7 月处罚案卷").orElseThrow();
        assertThat(activity.quantity()).isEqualTo(1);
        assertThat(activity.type()).isEqualTo(SupervisionType.SPOT_CHECK);
        assertThat(activity.sectionCode()).isEqualTo("WHK");
    }

    @Test
    void theQuantityIsAWholeNumberOfAtLeastOne() {
        assertThat(row("2025-07-15", "通报曝光", "", "3", "")).isPresent();
        assertThat(row("2025-07-15", "通报曝光", "", "0", "")).isEmpty();
        assertThat(row("2025-07-15", "通报曝光", "", "1.5", "")).isEmpty();
        assertThat(errors.count()).isEqualTo(2);
    }

    @Test
    void theTypeIsOneOfTheFour() {
        assertThat(row("2025-07-15", "移送问题线索", "", "1", "某某公司")).isPresent();
        assertThat(row("2025-07-15", "约谈", "", "1", "")).isEmpty();
        assertThat(errors.list().get(0).message()).contains("抽查案卷 / 纠正违规执法 / 通报曝光 / 移送问题线索");
    }

    @Test
    void aNamedSectionMustBeKnown() {
        assertThat(row("2025-07-15", "纠正违规执法", "宣传股", "1", "")).isEmpty();
        assertThat(errors.list().get(0).column()).isEqualTo("涉及股室");
    }

    @Test
    void aFutureDateIsAnError() {
        assertThat(row("2025-08-05", "抽查案卷", "", "1", "")).isEmpty();
        assertThat(errors.list().get(0).message()).contains("晚于今天");
    }

}
