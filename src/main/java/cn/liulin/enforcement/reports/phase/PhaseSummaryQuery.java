package cn.liulin.enforcement.reports.phase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import cn.liulin.enforcement.ReportingProperties;
import cn.liulin.enforcement.complaints.Complaint;
import cn.liulin.enforcement.complaints.ComplaintRegister;
import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.lateness.ReportingRates;
import cn.liulin.enforcement.lateness.SubmissionStatus;
import cn.liulin.enforcement.problems.ProblemList;
import cn.liulin.enforcement.problems.RectificationStatus;
import cn.liulin.enforcement.reports.Block;
import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.sections.Section;
import cn.liulin.enforcement.sections.SectionDirectory;
import cn.liulin.enforcement.submissions.CountTotals;
import cn.liulin.enforcement.submissions.MonthlyCounts;
import cn.liulin.enforcement.submissions.PeriodStatusQuery;
import cn.liulin.enforcement.submissions.SectionStatus;
import cn.liulin.enforcement.submissions.YearTotals;
import cn.liulin.enforcement.supervision.SupervisionFigures;
import cn.liulin.enforcement.supervision.SupervisionFiguresQuery;

import org.springframework.stereotype.Component;

/**
 * A phase in figures, from all the registers: enforcement counts of the phase's months
 * per section with the change against a year before; each month's late and missing
 * sections; problems found in the phase by category and source with their rectification;
 * complaints by 问题性质; the four supervision figures. Enforcement counts are monthly, so a
 * phase covers the whole months its dates touch.
 */
@Component
class PhaseSummaryQuery {

    private final SectionDirectory sections;

    private final CountTotals totals;

    private final PeriodStatusQuery statuses;

    private final ProblemList problems;

    private final ComplaintRegister complaints;

    private final SupervisionFiguresQuery supervision;

    private final YearTotals yearTotals;

    PhaseSummaryQuery(SectionDirectory sections, CountTotals totals, PeriodStatusQuery statuses, ProblemList problems,
            ComplaintRegister complaints, SupervisionFiguresQuery supervision, YearTotals yearTotals) {
        this.yearTotals = yearTotals;
        this.sections = sections;
        this.totals = totals;
        this.statuses = statuses;
        this.problems = problems;
        this.complaints = complaints;
        this.supervision = supervision;
    }

    record Data(ReportingProperties.Campaign.Phase phase, LocalDate asOf, ReportingPeriod firstMonth,
            ReportingPeriod lastMonth, String headline, List<Block> blocks) {
    }

    Data query(ReportingProperties.Campaign.Phase phase, LocalDate today) {
        LocalDate asOf = today.isBefore(phase.to()) ? today : phase.to();
        ReportingPeriod first = ReportingPeriod.containing(phase.from());
        ReportingPeriod last = ReportingPeriod.containing(asOf);
        List<Block> blocks = new ArrayList<>();
        Map<String, MonthlyCounts> now = totals.bySection(first, last);
        Map<String, MonthlyCounts> before = totals.bySection(new ReportingPeriod(first.month().minusYears(1)),
                new ReportingPeriod(last.month().minusYears(1)));
        MonthlyCounts nowTotal = now.values().stream().reduce(MonthlyCounts.ZERO, MonthlyCounts::plus);
        MonthlyCounts beforeTotal = before.values().stream().reduce(MonthlyCounts.ZERO, MonthlyCounts::plus);
        // A year that came only as yearly rows has no months to compare with: say so,
        // with its total.
        Map<String, MonthlyCounts> yearlyOnly = new HashMap<>();
        int lastYear = first.month().getYear() - 1;
        yearTotals.all(lastYear, lastYear).forEach((code, years) -> {
            var figures = years.get(lastYear);
            if (figures != null && figures.months() == 0 && figures.yearly() != null && !before.containsKey(code)) {
                yearlyOnly.put(code, figures.yearly());
            }
        });
        LastYear previous = new LastYear(before, yearlyOnly);
        blocks.add(enforcement(first, last, now, previous));
        blocks.add(comparison(nowTotal, beforeTotal, previous.onlyYearly() ? previous.yearlyTotal() : null));
        blocks.add(lateness(first, last));
        var found = problems.asOf(asOf)
            .stream()
            .filter(p -> !p.problem().foundOn().isBefore(phase.from()) && !p.problem().foundOn().isAfter(phase.to()))
            .toList();
        blocks.add(PhaseRegisterBlocks.problems(found, asOf));
        var received = complaints.occurredBetween(phase.from(), asOf);
        blocks.add(PhaseRegisterBlocks.complaints(received, asOf));
        SupervisionFigures figures = supervision.between(phase.from(), asOf);
        blocks.add(new Block("六、执法监督", List.of("项目", "抽查案件数", "纠正违规执法数", "通报曝光数", "移送问题线索数", "", "", "", ""),
                List.of(List.of("本阶段", n(figures.spotChecks()), n(figures.corrections()), n(figures.exposures()),
                        n(figures.referrals()), "", "", "", "")),
                ""));
        long done = found.stream().filter(p -> p.problem().status() == RectificationStatus.DONE).count();
        String headline = "　　" + phase.name() + "阶段（" + phase.from() + " 至 " + phase.to() + "）"
                + (asOf.isBefore(phase.to()) ? "尚未结束，以下为截至 " + asOf + " 的数据。" : "。") + "本阶段各股室共实施行政检查 "
                + nowTotal.inspectionTotal() + " 件（涉企 " + nowTotal.inspectionEnterprise() + " 件，同比 "
                + (previous.onlyYearly() ? Change.noMonths(previous.yearlyTotal().inspectionTotal())
                        : Change.percent(nowTotal.inspectionTotal(), beforeTotal.inspectionTotal()))
                + "），行政处罚 " + nowTotal.penaltyTotal() + " 件，行政强制 " + nowTotal.coercionTotal() + " 件；发现问题 "
                + found.size() + " 个，已整改 " + done + " 个；受理 12345 投诉举报 " + received.size() + " 件，移送纪检监察机关 "
                + received.stream().filter(Complaint::referred).count() + " 件；抽查案件 " + figures.spotChecks()
                + " 件，纠正违规执法 " + figures.corrections() + " 件，通报曝光 " + figures.exposures() + " 件，移送问题线索 "
                + figures.referrals() + " 件。";
        return new Data(phase, asOf, first, last, headline, blocks);
    }

    /**
     * Last year's same months by section, and the sections that sent last year only as a
     * yearly row.
     */
    private record LastYear(Map<String, MonthlyCounts> months, Map<String, MonthlyCounts> yearly) {

        boolean onlyYearly() {
            return months.isEmpty() && !yearly.isEmpty();
        }

        MonthlyCounts yearlyTotal() {
            return yearly.values().stream().reduce(MonthlyCounts.ZERO, MonthlyCounts::plus);
        }
    }

    private Block enforcement(ReportingPeriod first, ReportingPeriod last, Map<String, MonthlyCounts> now,
            LastYear previous) {
        Map<String, MonthlyCounts> before = previous.months();
        List<List<String>> rows = new ArrayList<>();
        MonthlyCounts total = MonthlyCounts.ZERO;
        MonthlyCounts totalBefore = MonthlyCounts.ZERO;
        for (Section section : sections.all()) {
            if (!section.reports() || !activeBetween(section, first, last)) {
                continue;
            }
            MonthlyCounts c = now.getOrDefault(section.code(), MonthlyCounts.ZERO);
            MonthlyCounts b = before.getOrDefault(section.code(), MonthlyCounts.ZERO);
            rows.add(countsRow(section.name(), c, b, previous.yearly().get(section.code())));
            total = total.plus(c);
            totalBefore = totalBefore.plus(b);
        }
        rows.add(countsRow("合计", total, totalBefore, previous.onlyYearly() ? previous.yearlyTotal() : null));
        return new Block("一、执法数据（" + first.chinese() + "至" + last.chinese() + "）",
                List.of("股室", "行政检查", "涉企", "行政处罚", "涉企", "行政强制", "涉企", "上年同期检查", "检查同比"), rows, "");
    }

    /**
     * @param yearly last year's yearly row when last year has no months, else null
     */
    private static List<String> countsRow(String label, MonthlyCounts c, MonthlyCounts b, MonthlyCounts yearly) {
        return List.of(label, n(c.inspectionTotal()), n(c.inspectionEnterprise()), n(c.penaltyTotal()),
                n(c.penaltyEnterprise()), n(c.coercionTotal()), n(c.coercionEnterprise()),
                yearly == null ? n(b.inspectionTotal()) : "全年 " + yearly.inspectionTotal(),
                yearly == null ? Change.percent(c.inspectionTotal(), b.inspectionTotal()) : Change.NO_MONTHS);
    }

    private static Block comparison(MonthlyCounts now, MonthlyCounts before, MonthlyCounts yearlyOnly) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, ToIntFunction<MonthlyCounts>> items = new LinkedHashMap<>();
        items.put("行政检查", MonthlyCounts::inspectionTotal);
        items.put("涉企行政检查", MonthlyCounts::inspectionEnterprise);
        items.put("行政处罚", MonthlyCounts::penaltyTotal);
        items.put("涉企行政处罚", MonthlyCounts::penaltyEnterprise);
        items.put("行政强制", MonthlyCounts::coercionTotal);
        items.put("涉企行政强制", MonthlyCounts::coercionEnterprise);
        items.forEach((label, figure) -> {
            int a = figure.applyAsInt(now);
            int b = figure.applyAsInt(before);
            rows.add(yearlyOnly != null
                    ? List.of(label, n(a), "全年 " + figure.applyAsInt(yearlyOnly), "—", Change.NO_MONTHS, "", "", "", "")
                    : List.of(label, n(a), n(b), (a - b > 0 ? "+" : "") + (a - b), Change.percent(a, b), "", "", "",
                            ""));
        });
        return new Block("二、与上年同期比较", List.of("项目", "本阶段", "上年同期", "增减", "同比", "", "", "", ""), rows, "");
    }

    private Block lateness(ReportingPeriod first, ReportingPeriod last) {
        List<List<String>> rows = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (ReportingPeriod month = first; !month.isAfter(last); month = month.next()) {
            List<SectionStatus> month1 = statuses.statusOf(month);
            ReportingRates rates = ReportingRates.of(month1.stream().map(SectionStatus::lateness).toList());
            rows.add(List.of(month.chinese(), n(rates.due()), n(rates.onTime()), n(rates.late()), n(rates.missing()),
                    n(rates.pending()), rates.completeness(), rates.timeliness(), ""));
            List<String> names = month1.stream()
                .filter(s -> s.lateness().status() == SubmissionStatus.LATE
                        || s.lateness().status() == SubmissionStatus.MISSING)
                .map(s -> s.section().name() + "（" + s.lateness().chinese() + "）")
                .toList();
            lines.add(month.chinese() + "："
                    + (names.isEmpty() ? "无" : String.join("、", ReportContent.listed(names, "另有 %d 个（见各月月报）"))));
        }
        return new Block("三、按月报送情况", List.of("统计月份", "应报", "按时", "逾期", "未报", "未到期", "报送率", "及时率", ""), rows,
                "逾期及未报股室：" + String.join("；", lines) + "。");
    }

    private static boolean activeBetween(Section section, ReportingPeriod first, ReportingPeriod last) {
        for (ReportingPeriod month = first; !month.isAfter(last); month = month.next()) {
            if (section.mustReport(month)) {
                return true;
            }
        }
        return false;
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

}
