package cn.liulin.enforcement.submissions;

import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.intake.CellValues;
import cn.liulin.enforcement.intake.IntakeErrors;
import cn.liulin.enforcement.intake.Row;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.sections.Section;

/**
 * Spec 3.5: a known reporting section active in that year, a year from the first year of
 * data to the current one, the six counts as for a month, one row per section and year in
 * a file.
 */
final class YearlyCountRules implements RowRules<YearlyCountRow> {

    static final String SECTION = "股室";
    static final String YEAR = "年份";

    private final Function<String, Optional<Section>> sections;

    private final int firstYear;

    private final int currentYear;

    private final Map<String, Integer> seen = new HashMap<>();

    YearlyCountRules(Function<String, Optional<Section>> sections, YearMonth firstPeriod, Clock clock) {
        this.sections = sections;
        this.firstYear = firstPeriod.getYear();
        this.currentYear = Year.now(clock).getValue();
    }

    @Override
    public Optional<YearlyCountRow> check(Row row, IntakeErrors errors) {
        int before = errors.count();
        Optional<Section> section = Optional.empty();
        if (CellValues.requiredText(row, SECTION, errors) != null) {
            section = sections.apply(row.get(SECTION));
            if (section.isEmpty()) {
                errors.add(row, SECTION, "股室名单中没有“" + row.get(SECTION) + "”");
            }
        }
        Integer year = year(row, errors);
        if (section.isPresent() && year != null) {
            if (!activeIn(section.get(), year)) {
                errors.add(row, SECTION, "“" + section.get().name() + "”在 " + year + " 年不须报送执法数据");
            }
            Integer first = seen.putIfAbsent(section.get().code() + "/" + year, row.number());
            if (first != null) {
                errors.add(row, YEAR, "与第 " + first + " 行重复：同一股室同一年份在一个文件中只能有一行");
            }
        }
        MonthlyCounts counts = SixCounts.read(row, errors);
        if (errors.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new YearlyCountRow(row.number(), section.get().code(), year, counts));
    }

    private Integer year(Row row, IntakeErrors errors) {
        String text = CellValues.plain(row.get(YEAR)).replaceFirst("年$", "").replaceFirst("\\.0+$", "");
        if (!text.matches("\\d{4}")) {
            errors.add(row, YEAR, "年份应写作 2023 或 2023年");
            return null;
        }
        int year = Integer.parseInt(text);
        if (year < firstYear || year > currentYear) {
            errors.add(row, YEAR, "年份应在 " + firstYear + " 至 " + currentYear + " 之间");
            return null;
        }
        return year;
    }

    private static boolean activeIn(Section section, int year) {
        for (int month = 1; month <= 12; month++) {
            if (section.mustReport(ReportingPeriod.of(year, month))) {
                return true;
            }
        }
        return false;
    }

}
