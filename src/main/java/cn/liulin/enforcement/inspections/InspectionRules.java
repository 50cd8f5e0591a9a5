package cn.liulin.enforcement.inspections;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
 * Spec 3.6 for one file. What the campaign forbids (a quiet day, a repeated inspection)
 * is never an error here: it is a warning of the report.
 */
final class InspectionRules implements RowRules<Inspection> {

    static final String DATE = "检查日期";
    static final String SECTION = "股室";
    static final String ENTERPRISE = "企业名称";
    static final String CODE = "统一社会信用代码";
    static final String INDUSTRY = "行业领域";
    static final String ITEM = "检查事项";
    static final String SOURCE = "检查来源";
    static final String JOINT = "联合检查";
    static final String INSPECTORS = "执法人员";
    static final String FILED = "入企报备时间";
    static final String NOTICE = "检查通知书";
    static final String PUBLICITY = "公示";
    static final String FEEDBACK = "反馈卡";
    static final String SYSTEM = "执法系统编号";
    static final String RESULT = "检查结果";

    private final Function<String, Optional<Section>> sections;

    private final InspectionSettings settings;

    private final YearMonth firstPeriod;

    private final LocalDate today;

    private final Map<String, Integer> seen = new HashMap<>();

    InspectionRules(Function<String, Optional<Section>> sections, InspectionSettings settings, YearMonth firstPeriod,
            LocalDate today) {
        this.sections = sections;
        this.settings = settings;
        this.firstPeriod = firstPeriod;
        this.today = today;
    }

    @Override
    public Optional<Inspection> check(Row row, IntakeErrors errors) {
        int before = errors.count();
        LocalDate date = CellValues.requiredDate(row, DATE, errors);
        if (date != null && date.isAfter(today)) {
            errors.add(row, DATE, "检查日期 " + date + " 晚于今天 " + today + "：不能登记未来的检查");
        }
        if (date != null && YearMonth.from(date).isBefore(firstPeriod)) {
            errors.add(row, DATE, "检查日期 " + date + " 早于数据起始月份 " + firstPeriod);
        }
        Section section = section(row, date, errors);
        String enterprise = CellValues.requiredText(row, ENTERPRISE, errors);
        String code = CellValues.requiredText(row, CODE, errors);
        if (code != null && CreditCode.problem(code) != null) {
            errors.add(row, CODE, CreditCode.problem(code));
        }
        String industry = CellValues.choice(row, INDUSTRY, settings.industries(), errors);
        String item = CellValues.requiredText(row, ITEM, errors);
        String source = CellValues.choice(row, SOURCE, settings.sources(), errors);
        boolean joint = !row.isBlank(JOINT) && Boolean.TRUE.equals(CellValues.yesNo(row, JOINT, errors));
        List<String> inspectors = row.isBlank(INSPECTORS) ? List.of()
                : Arrays.stream(row.get(INSPECTORS).split("[、，,;；\\s]+")).filter(name -> !name.isBlank()).toList();
        if (inspectors.isEmpty()) {
            errors.add(row, INSPECTORS, "执法人员不能为空：写执法人员姓名，多人用“、”隔开");
        }
        LocalDate filed = null;
        if (!row.isBlank(FILED)) {
            filed = CellDates.date(row.get(FILED));
            if (filed == null) {
                errors.add(row, FILED, "无法识别的入企报备时间，应写作 2025-07-02 09:30 或 2025-07-02；未报备请留空");
            }
        }
        boolean notice = yes(row, NOTICE, errors);
        boolean publicity = yes(row, PUBLICITY, errors);
        boolean feedback = yes(row, FEEDBACK, errors);
        String result = CellValues.choice(row, RESULT, settings.results(), errors);
        if (errors.count() > before) {
            return Optional.empty();
        }
        String normalizedCode = CreditCode.normalized(code).orElseThrow();
        String key = date + "|" + section.code() + "|" + normalizedCode + "|" + CellValues.plain(item);
        Integer first = seen.putIfAbsent(key, row.number());
        if (first != null) {
            errors.add(row, ITEM, "与第 " + first + " 行的检查日期、股室、企业和检查事项都相同：同一次检查只写一行");
            return Optional.empty();
        }
        return Optional.of(new Inspection(row.number(), date, section.code(), enterprise, normalizedCode, industry,
                item, source, joint, inspectors, filed, notice, publicity, feedback,
                row.isBlank(SYSTEM) ? null : row.get(SYSTEM), result));
    }

    private Section section(Row row, LocalDate date, IntakeErrors errors) {
        Optional<Section> section = SectionCells.required(row, SECTION, sections, errors);
        if (section.isEmpty()) {
            return null;
        }
        if (date != null) {
            String why = section.get().whyNotActiveIn(ReportingPeriod.containing(date));
            if (why != null) {
                errors.add(row, SECTION, why);
            }
        }
        return section.get();
    }

    /** 是 or 否; blank is 否. */
    private static boolean yes(Row row, String column, IntakeErrors errors) {
        return !row.isBlank(column) && Boolean.TRUE.equals(CellValues.yesNo(row, column, errors));
    }

}
