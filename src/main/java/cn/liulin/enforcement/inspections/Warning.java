package cn.liulin.enforcement.inspections;

import java.time.LocalDate;
import java.util.List;

/**
 * One warning of spec 5.7: its rule, the enterprise, what happened, the day of the latest
 * row behind it (which decides its month), and those rows.
 */
public record Warning(Rule rule, String creditCode, String enterprise, String detail, LocalDate latest,
        List<Row> rows) {

    /** A row behind a warning, as the report names it. */
    public record Row(long id, String file, int rowNumber, String section, String enterprise, LocalDate inspectedOn) {
    }

    /** The rules, in the order the report lists them. */
    public enum Rule {

        MULTI_SECTION("多头检查"), REPEAT("重复检查"), HIGH_FREQUENCY("高频检查"), QUIET("安静期检查"), UNFILED("未报备入企"),
        INCOMPLETE("一通知一公示一反馈不全"), SUBJECT("检查主体不适格"), UNPUBLISHED("检查事项未公布"), NO_SYSTEM("未使用执法系统"), LOW_YIELD("低效检查");

        private final String chinese;

        Rule(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }

    }
}
