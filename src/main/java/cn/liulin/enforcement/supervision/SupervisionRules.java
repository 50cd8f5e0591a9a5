package cn.liulin.enforcement.supervision;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import cn.liulin.enforcement.intake.CellValues;
import cn.liulin.enforcement.intake.IntakeErrors;
import cn.liulin.enforcement.intake.Row;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.sections.Section;

/**
 * Spec 3.2: a date not in the future, one of the four types, a known section if named, 数量
 * >= 1 (default 1).
 */
final class SupervisionRules implements RowRules<SupervisionActivity> {

    static final String DATE = "日期";
    static final String TYPE = "类型";
    static final String SECTION = "涉及股室";
    static final String QUANTITY = "数量";
    static final String NOTE = "说明";

    private final Function<String, Optional<Section>> sections;

    private final LocalDate today;

    private final java.util.Map<String, Integer> seen = new java.util.HashMap<>();

    SupervisionRules(Function<String, Optional<Section>> sections, LocalDate today) {
        this.sections = sections;
        this.today = today;
    }

    @Override
    public Optional<SupervisionActivity> check(Row row, IntakeErrors errors) {
        int before = errors.count();
        LocalDate date = CellValues.requiredDate(row, DATE, errors);
        if (date != null && date.isAfter(today)) {
            errors.add(row, DATE, "日期 " + date + " 晚于今天 " + today + "：不能登记未来的监督活动");
        }
        String type = CellValues.choice(row, TYPE, SupervisionType.names(), errors);
        String sectionCode = null;
        if (!row.isBlank(SECTION)) {
            Optional<Section> section = sections.apply(row.get(SECTION));
            if (section.isEmpty()) {
                errors.add(row, SECTION, "股室名单中没有“" + row.get(SECTION) + "”");
            }
            else {
                sectionCode = section.get().code();
            }
        }
        Integer quantity = CellValues.wholeNumber(row, QUANTITY, 1, 1, errors);
        if (errors.count() > before) {
            return Optional.empty();
        }
        var activity = new SupervisionActivity(row.number(), date, SupervisionType.of(type).orElseThrow(), sectionCode,
                quantity, row.isBlank(NOTE) ? null : row.get(NOTE));
        Integer first = seen.putIfAbsent(activity.key(), row.number());
        if (first != null) {
            errors.add(row, NOTE, "与第 " + first + " 行的日期、类型、股室和说明完全相同：同一活动请合并为一行并填写数量");
            return Optional.empty();
        }
        return Optional.of(activity);
    }

}
