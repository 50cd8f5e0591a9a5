package cn.liulin.enforcement.console.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.lateness.ReportingRates;
import cn.liulin.enforcement.sections.Section;
import cn.liulin.enforcement.sections.SectionDirectory;
import cn.liulin.enforcement.submissions.PeriodStatusQuery;
import cn.liulin.enforcement.submissions.SectionStatus;

import org.springframework.stereotype.Component;

/**
 * Builds the board by the same status rule as {@code status} and the 月报, for the whole
 * year in one query, so that the board, the command and the report never disagree.
 */
@Component
class BoardQuery {

    private final PeriodStatusQuery statuses;

    private final SectionDirectory sections;

    private final Clock clock;

    private final YearMonth firstPeriod;

    private static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private volatile Year last;

    BoardQuery(PeriodStatusQuery statuses, SectionDirectory sections, Clock clock, ReportingProperties properties) {
        this.statuses = statuses;
        this.sections = sections;
        this.clock = clock;
        this.firstPeriod = properties.firstPeriod();
    }

    /** The year whose months a clerk looks at now: that of the period last due. */
    int defaultYear() {
        return YearMonth.now(clock).minusMonths(1).getYear();
    }

    /**
     * @param visible the codes of the sections the viewer may see; null: all
     * @param page from 1
     */
    Board board(int year, Set<String> visible, int page, int pageSize) {
        Year computed = year(year);
        List<Integer> shownLines = IntStream.range(0, computed.lines().length)
            .filter(line -> computed.lines()[line] != null)
            .filter(line -> visible == null || visible.contains(computed.listed().get(line).code()))
            .boxed()
            .toList();
        int pages = Math.max(1, (shownLines.size() + pageSize - 1) / pageSize);
        int shown = Math.min(Math.max(page, 1), pages);
        List<Board.Row> rows = shownLines.stream()
            .skip((long) (shown - 1) * pageSize)
            .limit(pageSize)
            .map(line -> row(computed.listed().get(line), computed.lines()[line], computed.months(),
                    computed.current()))
            .toList();
        List<Integer> years = IntStream.rangeClosed(firstPeriod.getYear(), computed.current().getYear())
            .boxed()
            .toList();
        return new Board(year, years, computed.months(), rows, computed.rates(), RateChart.of(computed.rates()), shown,
                pages, shownLines.size());
    }

    /**
     * A year's statuses of every section, kept while no file or extension came in, for a
     * minute at most (a deadline passing turns 未到期 into 未报): paging through a province's
     * 30,000 sections reads the year once.
     */
    private Year year(int year) {
        String stamp = statuses.dataStamp();
        YearMonth current = YearMonth.now(clock);
        Instant now = Instant.now();
        Year kept = last;
        if (kept != null && kept.year() == year && kept.stamp().equals(stamp) && kept.current().equals(current)
                && now.isBefore(kept.computedAt().plus(KEPT_FOR))) {
            return kept;
        }
        Year computed = compute(year, current, stamp, now);
        last = computed;
        return computed;
    }

    private Year compute(int year, YearMonth current, String stamp, Instant now) {
        Map<String, Integer> order = new HashMap<>();
        List<Section> listed = sections.all();
        for (int i = 0; i < listed.size(); i++) {
            order.put(listed.get(i).code(), i);
        }
        List<YearMonth> months = IntStream.rangeClosed(1, 12).mapToObj(month -> YearMonth.of(year, month)).toList();
        SectionStatus[][] lines = new SectionStatus[listed.size()][];
        List<MonthRates> rates = new ArrayList<>();
        YearMonth from = firstPeriod.isAfter(months.get(0)) ? firstPeriod : months.get(0);
        YearMonth to = current.isBefore(months.get(11)) ? current : months.get(11);
        Map<ReportingPeriod, List<SectionStatus>> ofTheYear = from.isAfter(to) ? Map.of()
                : statuses.statusesBetween(new ReportingPeriod(from), new ReportingPeriod(to));
        for (YearMonth month : months) {
            List<SectionStatus> due = ofTheYear.get(new ReportingPeriod(month));
            if (due == null) {
                rates.add(MonthRates.none(month));
                continue;
            }
            rates.add(MonthRates.of(month, ReportingRates.of(due.stream().map(SectionStatus::lateness).toList())));
            for (SectionStatus status : due) {
                int line = order.get(status.section().code());
                if (lines[line] == null) {
                    lines[line] = new SectionStatus[12];
                }
                lines[line][month.getMonthValue() - 1] = status;
            }
        }
        return new Year(year, stamp, now, current, listed, months, lines, rates);
    }

    /** One year as computed, for every section. */
    private record Year(int year, String stamp, Instant computedAt, YearMonth current, List<Section> listed,
            List<YearMonth> months, SectionStatus[][] lines, List<MonthRates> rates) {
    }

    private static Board.Row row(Section section, SectionStatus[] statuses, List<YearMonth> months, YearMonth current) {
        List<BoardCell> cells = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cells.add(statuses[i] != null ? BoardCell.of(statuses[i])
                    : months.get(i).isAfter(current) ? BoardCell.TO_COME : BoardCell.NOT_REQUIRED);
        }
        return new Board.Row(section.code(), section.name(), cells);
    }

}
