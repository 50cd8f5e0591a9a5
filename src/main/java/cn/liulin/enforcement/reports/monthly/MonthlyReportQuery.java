package cn.liulin.enforcement.reports.monthly;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.lateness.LatenessPolicy;
import cn.liulin.enforcement.lateness.ReportingRates;
import cn.liulin.enforcement.lateness.SubmissionStatus;
import cn.liulin.enforcement.sections.SectionDirectory;
import cn.liulin.enforcement.submissions.CountTotals;
import cn.liulin.enforcement.submissions.MonthlyCounts;
import cn.liulin.enforcement.submissions.PeriodStatusQuery;
import cn.liulin.enforcement.submissions.SectionStatus;
import cn.liulin.enforcement.supervision.SupervisionFigures;
import cn.liulin.enforcement.supervision.SupervisionFiguresQuery;

/**
 * Gathers the 月报's figures: statuses and counts of the month, the year to date, rates and
 * lists.
 */
class MonthlyReportQuery {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PeriodStatusQuery statuses;

    private final CountTotals totals;

    private final SectionDirectory sections;

    private final LatenessPolicy lateness;

    private final ZoneId zone;

    private final SupervisionFiguresQuery supervision;

    private final LocalDate campaignStart;

    MonthlyReportQuery(PeriodStatusQuery statuses, CountTotals totals, SectionDirectory sections,
            LatenessPolicy lateness, ZoneId zone, SupervisionFiguresQuery supervision, LocalDate campaignStart) {
        this.supervision = supervision;
        this.campaignStart = campaignStart;
        this.statuses = statuses;
        this.totals = totals;
        this.sections = sections;
        this.lateness = lateness;
        this.zone = zone;
    }

    MonthlyReportData query(ReportingPeriod period) {
        List<SectionStatus> month = statuses.statusOf(period);
        Map<String, MonthlyCounts> year = totals.bySection(ReportingPeriod.of(period.month().getYear(), 1), period);
        List<MonthlyReportData.Line> lines = new ArrayList<>();
        List<String> lateAndMissing = new ArrayList<>();
        MonthlyCounts monthTotal = MonthlyCounts.ZERO;
        MonthlyCounts yearTotal = MonthlyCounts.ZERO;
        for (SectionStatus status : month) {
            String code = status.section().code();
            MonthlyCounts ytd = year.getOrDefault(code, MonthlyCounts.ZERO);
            String received = status.firstReceivedAt() == null ? ""
                    : SHOWN.format(status.firstReceivedAt().atZone(zone));
            String verdict = status.verdict();
            lines.add(new MonthlyReportData.Line(status.section().name(), status.counts(), ytd, verdict, received));
            if (status.counts() != null) {
                monthTotal = monthTotal.plus(status.counts());
            }
            yearTotal = yearTotal.plus(ytd);
            if (status.lateness().status() == SubmissionStatus.LATE) {
                lateAndMissing
                    .add(status.section().name() + "（逾期 " + status.lateness().daysLate() + " 天，" + received + " 报送）");
            }
            else if (status.lateness().status() == SubmissionStatus.MISSING) {
                lateAndMissing.add(status.section().name() + "（逾期未报）");
            }
        }
        ReportingRates rates = ReportingRates.of(month.stream().map(SectionStatus::lateness).toList());
        return new MonthlyReportData(sections.bureau(), period, lateness.deadlineText(period), lines, monthTotal,
                yearTotal, rates, lateAndMissing, supervision.between(period.firstDay(), period.month().atEndOfMonth()),
                campaignStart == null || campaignStart.isAfter(period.month().atEndOfMonth()) ? SupervisionFigures.NONE
                        : supervision.between(campaignStart, period.month().atEndOfMonth()),
                campaignStart, InspectionBlock.NONE);
    }

}
