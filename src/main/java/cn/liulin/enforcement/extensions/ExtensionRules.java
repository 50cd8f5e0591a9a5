package cn.liulin.enforcement.extensions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.intake.CellDates;
import cn.liulin.enforcement.intake.CellValues;
import cn.liulin.enforcement.intake.IntakeErrors;
import cn.liulin.enforcement.intake.Row;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.sections.Section;
import cn.liulin.enforcement.sections.SectionCells;

/**
 * Spec 3.7: a known section, a period, the day it may report until (after the period
 * ends, within a year), who approved it and why; one row per section and period.
 */
final class ExtensionRules implements RowRules<Extension> {

    static final String SECTION = "股室";
    static final String PERIOD = "统计月份";
    static final String UNTIL = "延至";
    static final String APPROVER = "批准人";
    static final String REASON = "理由";

    private final Function<String, Optional<Section>> sections;

    private final Map<String, Integer> seen = new HashMap<>();

    ExtensionRules(Function<String, Optional<Section>> sections) {
        this.sections = sections;
    }

    @Override
    public Optional<Extension> check(Row row, IntakeErrors errors) {
        int before = errors.count();
        Optional<Section> section = SectionCells.required(row, SECTION, sections, errors);
        ReportingPeriod period = null;
        if (row.isBlank(PERIOD)) {
            errors.add(row, PERIOD, "统计月份不能为空，应写作 2025-06 或 2025年6月");
        }
        else {
            period = CellDates.month(row.get(PERIOD));
            if (period == null) {
                errors.add(row, PERIOD, "“" + row.get(PERIOD) + "”不是统计月份，应写作 2025-06 或 2025年6月");
            }
        }
        LocalDate until = CellValues.requiredDate(row, UNTIL, errors);
        if (period != null && until != null && !until.isAfter(period.month().atEndOfMonth())) {
            errors.add(row, UNTIL, "延至 " + until + " 不晚于统计月份 " + period + " 的月末：延期应在次月");
        }
        if (period != null && until != null && until.isAfter(period.month().atEndOfMonth().plusYears(1))) {
            errors.add(row, UNTIL, "延至 " + until + " 超过统计月份一年以上：请核对年份");
        }
        String approver = CellValues.requiredText(row, APPROVER, errors);
        String reason = CellValues.requiredText(row, REASON, errors);
        if (errors.count() > before) {
            return Optional.empty();
        }
        var extension = new Extension(row.number(), section.get().code(), period, until, approver, reason);
        Integer first = seen.putIfAbsent(extension.key(), row.number());
        if (first != null) {
            errors.add(row, SECTION, "与第 " + first + " 行重复：同一股室同一统计月份（" + period + "）只能有一行延期");
            return Optional.empty();
        }
        return Optional.of(extension);
    }

}
