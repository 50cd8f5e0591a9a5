package cn.liulin.enforcement.submissions;

import static cn.liulin.enforcement.submissions.MonthlyCountColumns.*;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.intake.CellDates;
import cn.liulin.enforcement.intake.IntakeErrors;
import cn.liulin.enforcement.intake.Row;
import cn.liulin.enforcement.intake.RowRules;
import cn.liulin.enforcement.sections.Section;

/**
 * The rules of spec §3.1 for one file: a known section active in the period, a period
 * between the first month of data and the current month, six whole counts with each 涉企
 * part within its 合计, and one row per section and period.
 */
final class MonthlyCountRules implements RowRules<MonthlyCountRow> {

    private final Function<String, Optional<Section>> sections;

    private final ReportingPeriod firstPeriod;

    private final ReportingPeriod currentPeriod;

    private final Map<String, Integer> seen = new HashMap<>();

    /** A file's rows nearly all name the same month: each spelling is read once. */
    private final Map<String, ReportingPeriod> months = new HashMap<>();

    MonthlyCountRules(Function<String, Optional<Section>> sections, YearMonth firstPeriod, Clock clock) {
        this.sections = sections;
        this.firstPeriod = new ReportingPeriod(firstPeriod);
        this.currentPeriod = new ReportingPeriod(YearMonth.now(clock));
    }

    @Override
    public Optional<MonthlyCountRow> check(Row row, IntakeErrors errors) {
        int before = errors.count();
        Optional<Section> section = section(row, errors);
        ReportingPeriod period = period(row, errors);
        if (section.isPresent() && period != null) {
            String why = section.get().whyNotActiveIn(period);
            if (why != null) {
                errors.add(row, SECTION, why);
            }
            Integer first = seen.putIfAbsent(section.get().code() + "/" + period, row.number());
            if (first != null) {
                errors.add(row, SECTION, "与第 " + first + " 行重复：同一股室同一统计月份（" + period + "）在一个文件中只能有一行");
            }
        }
        MonthlyCounts counts = SixCounts.read(row, errors);
        if (errors.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new MonthlyCountRow(row.number(), section.get().code(), period, counts, text(row, REPORTER),
                text(row, PHONE), text(row, REMARK)));
    }

    private Optional<Section> section(Row row, IntakeErrors errors) {
        if (row.isBlank(SECTION)) {
            errors.add(row, SECTION, "股室不能为空");
            return Optional.empty();
        }
        Optional<Section> section = sections.apply(row.get(SECTION));
        if (section.isEmpty()) {
            errors.add(row, SECTION, "股室名单中没有“" + row.get(SECTION) + "”：请填写股室全称、代码或名单中的别名（见 config/sections.yml）");
        }
        return section;
    }

    private ReportingPeriod period(Row row, IntakeErrors errors) {
        if (row.isBlank(PERIOD)) {
            errors.add(row, PERIOD, "统计月份不能为空，应写作 2025-06 或 2025年6月");
            return null;
        }
        ReportingPeriod period = months.computeIfAbsent(row.get(PERIOD), CellDates::month);
        if (period == null) {
            errors.add(row, PERIOD, "无法识别的统计月份，应写作 2025-06、2025年6月 或 2025/6");
            return null;
        }
        if (period.isAfter(currentPeriod)) {
            errors.add(row, PERIOD, "统计月份 " + period + " 晚于当前月份 " + currentPeriod + "：不能报送未来月份的数据");
            return null;
        }
        if (period.isBefore(firstPeriod)) {
            errors.add(row, PERIOD, "统计月份 " + period + " 早于数据起始月份 " + firstPeriod);
            return null;
        }
        return period;
    }

    private static String text(Row row, String column) {
        String value = row.get(column);
        return value.isEmpty() ? null : value;
    }

}
