package cn.liulin.enforcement.problems;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.intake.CellValues;
import cn.liulin.enforcement.intake.IntakeErrors;
import cn.liulin.enforcement.intake.Row;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.sections.Section;

/**
 * Spec 3.4: a known section, dates that are dates (发现日期 not in the future, 整改时限 not
 * before it), 来源, 问题类别 and 整改状态 from their lists, and a 整改完成日期 exactly when 已整改.
 */
final class ProblemRules implements RowRules<Problem> {

    static final String SECTION = "股室";
    static final String FOUND = "发现日期";
    static final String SOURCE = "来源";
    static final String CATEGORY = "问题类别";
    static final String DESCRIPTION = "问题描述";
    static final String MEASURES = "整改措施";
    static final String RESPONSIBLE = "责任人";
    static final String DUE = "整改时限";
    static final String STATUS = "整改状态";
    static final String COMPLETED = "整改完成日期";

    private final Function<String, Optional<Section>> sections;

    private final ReportingProperties.Vocabularies vocabularies;

    private final LocalDate today;

    private final Map<String, Integer> seen = new HashMap<>();

    ProblemRules(Function<String, Optional<Section>> sections, ReportingProperties.Vocabularies vocabularies,
            LocalDate today) {
        this.sections = sections;
        this.vocabularies = vocabularies;
        this.today = today;
    }

    @Override
    public Optional<Problem> check(Row row, IntakeErrors errors) {
        int before = errors.count();
        String sectionCode = null;
        if (CellValues.requiredText(row, SECTION, errors) != null) {
            Optional<Section> section = sections.apply(row.get(SECTION));
            if (section.isEmpty()) {
                errors.add(row, SECTION, "股室名单中没有“" + row.get(SECTION) + "”");
            }
            else {
                sectionCode = section.get().code();
            }
        }
        LocalDate found = CellValues.requiredDate(row, FOUND, errors);
        if (found != null && found.isAfter(today)) {
            errors.add(row, FOUND, "发现日期 " + found + " 晚于今天 " + today);
        }
        String source = CellValues.choice(row, SOURCE, vocabularies.problemSources(), errors);
        String category = CellValues.choice(row, CATEGORY, vocabularies.problemCategories(), errors);
        String description = CellValues.requiredText(row, DESCRIPTION, errors);
        String measures = CellValues.requiredText(row, MEASURES, errors);
        String responsible = CellValues.requiredText(row, RESPONSIBLE, errors);
        LocalDate due = CellValues.requiredDate(row, DUE, errors);
        if (found != null && due != null && due.isBefore(found)) {
            errors.add(row, DUE, "整改时限 " + due + " 早于发现日期 " + found);
        }
        String statusText = CellValues.choice(row, STATUS, RectificationStatus.names(), errors);
        RectificationStatus status = statusText == null ? null : RectificationStatus.of(statusText).orElseThrow();
        LocalDate completed = completion(row, status, found, errors);
        if (errors.count() > before) {
            return Optional.empty();
        }
        Problem problem = new Problem(row.number(), sectionCode, found, source, category, description, measures,
                responsible, due, status, completed);
        Integer first = seen.putIfAbsent(problem.key(), row.number());
        if (first != null) {
            errors.add(row, DESCRIPTION, "与第 " + first + " 行是同一问题（股室、发现日期、问题描述相同）：一个文件中只能出现一次");
            return Optional.empty();
        }
        return Optional.of(problem);
    }

    private LocalDate completion(Row row, RectificationStatus status, LocalDate found, IntakeErrors errors) {
        if (row.isBlank(COMPLETED)) {
            if (status == RectificationStatus.DONE) {
                errors.add(row, COMPLETED, "整改状态为已整改时，须填写整改完成日期");
            }
            return null;
        }
        LocalDate completed = CellValues.requiredDate(row, COMPLETED, errors);
        if (completed == null) {
            return null;
        }
        if (status != null && status != RectificationStatus.DONE) {
            errors.add(row, COMPLETED, "整改状态为" + status.chinese() + "，不应填写整改完成日期（已整改的请把状态改为已整改）");
        }
        if (found != null && completed.isBefore(found)) {
            errors.add(row, COMPLETED, "整改完成日期 " + completed + " 早于发现日期 " + found);
        }
        if (completed.isAfter(today)) {
            errors.add(row, COMPLETED, "整改完成日期 " + completed + " 晚于今天 " + today);
        }
        return completed;
    }

}
