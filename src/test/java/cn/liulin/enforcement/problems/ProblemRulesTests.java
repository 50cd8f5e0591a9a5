package cn.liulin.enforcement.problems;

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
import cn.liulin.enforcement.support.Vocabularies;
import org.junit.jupiter.api.Test;

/**
 * The rules of 附件2 (spec 3.4), each with a passing and a failing row, and the overdue
 * rule.
 */
class ProblemRulesTests {

    private static final Section ZFD = new Section("ZFD", "应急管理综合行政执法队", List.of("执法队"), true, YearMonth.of(2023, 1),
            null, null, 1);

    private ProblemRules rules = rules();

    private static ProblemRules rules() {
        return new ProblemRules(name -> name.equals("执法队") || name.equals("ZFD") ? Optional.of(ZFD) : Optional.empty(),
                Vocabularies.defaults(), LocalDate.of(2025, 8, 4));
    }

    private final IntakeErrors errors = new IntakeErrors();

    private static Map<String, String> good() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("股室", "执法队");
        cells.put("发现日期", "2025-06-20");
        cells.put("来源", "自查");
        cells.put("问题类别", "乱检查");
        cells.put("问题描述", "同一企业一月内重复检查");
        cells.put("整改措施", "建立检查计划台账，合并检查事项");
        cells.put("责任人", "李强");
        cells.put("整改时限", "2025-07-31");
        cells.put("整改状态", "整改中");
        cells.put("整改完成日期", "");
        return cells;
    }

    /** Each row checked as the only row of its own file. */
    private Optional<Problem> with(String column, String value) {
        rules = rules();
        Map<String, String> cells = good();
        cells.put(column, value);
        return rules.check(new Row(3, cells), errors);
    }

    @Test
    void aCompleteRowIsAccepted() {
        Problem problem = with("备注", "").orElseThrow();
        assertThat(problem.sectionCode()).isEqualTo("ZFD");
        assertThat(problem.status()).isEqualTo(RectificationStatus.IN_PROGRESS);
    }

    @Test
    void anUnknownSectionIsAnError() {
        assertThat(with("股室", "宣传股")).isEmpty();
        assertThat(errors.list().get(0).column()).isEqualTo("股室");
    }

    @Test
    void sourceAndCategoryComeFromTheirLists() {
        assertThat(with("来源", "投诉举报")).isPresent();
        assertThat(with("来源", "媒体曝光")).isEmpty();
        assertThat(with("问题类别", "执法不作为")).isPresent();
        assertThat(with("问题类别", "作风问题")).isEmpty();
        assertThat(errors.count()).isEqualTo(2);
    }

    @Test
    void theDeadlineCannotPrecedeTheFinding() {
        assertThat(with("整改时限", "2025-06-19")).isEmpty();
        assertThat(errors.list().get(0).message()).contains("早于发现日期");
    }

    @Test
    void aRectifiedProblemNeedsItsCompletionDateAndOnlyThen() {
        Map<String, String> cells = good();
        cells.put("整改状态", "已整改");
        assertThat(rules.check(new Row(3, cells), errors)).isEmpty();
        assertThat(errors.list().get(0).message()).contains("须填写整改完成日期");
        cells.put("整改完成日期", "2025-07-20");
        assertThat(rules.check(new Row(4, cells), errors)).isPresent();
        assertThat(with("整改完成日期", "2025-07-20")).isEmpty();
        assertThat(errors.list().get(1).message()).contains("不应填写整改完成日期");
    }

    @Test
    void aStatusOutsideTheThreeIsAnError() {
        assertThat(with("整改状态", "基本完成")).isEmpty();
        assertThat(errors.list().get(0).message()).contains("未整改 / 整改中 / 已整改");
    }

    @Test
    void aProblemPastItsDeadlineAndNotRectifiedIsOverdue() {
        Problem open = with("整改状态", "未整改").orElseThrow();
        assertThat(ProblemList.daysOverdue(open, LocalDate.of(2025, 7, 31))).isZero();
        assertThat(ProblemList.daysOverdue(open, LocalDate.of(2025, 8, 4))).isEqualTo(4);
        Problem done = new Problem(3, "ZFD", open.foundOn(), open.source(), open.category(), open.description(),
                open.measures(), open.responsible(), open.dueOn(), RectificationStatus.DONE, LocalDate.of(2025, 8, 2));
        assertThat(ProblemList.daysOverdue(done, LocalDate.of(2025, 8, 4))).isZero();
    }

}
