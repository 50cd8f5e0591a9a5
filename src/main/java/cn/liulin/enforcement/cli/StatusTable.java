package cn.liulin.enforcement.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.lateness.ReportingRates;
import cn.liulin.enforcement.submissions.MonthlyCounts;
import cn.liulin.enforcement.submissions.SectionStatus;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints a period's section statuses as a table for people or as the JSON of spec §7 for
 * programs.
 */
final class StatusTable {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StatusTable() {
    }

    static void printTable(PrintWriter out, ReportingPeriod period, List<SectionStatus> statuses, ZoneId zone,
            String deadline) {
        out.printf("统计月份 %s（报送截止 %s）%n", period, deadline);
        out.println(TextTable.render(List.of("股室", "状态", "报送时间", "更正", "行政检查", "涉企", "行政处罚", "涉企", "行政强制", "涉企"),
                rows(statuses, zone), 4));
        ReportingRates rates = ReportingRates.of(statuses.stream().map(SectionStatus::lateness).toList());
        out.printf("应报 %d 个，已报 %d 个（按时 %d，逾期 %d），逾期未报 %d 个，未到期 %d 个；报送率 %s，及时率 %s%n", rates.due(), rates.reported(),
                rates.onTime(), rates.late(), rates.missing(), rates.pending(), rates.completeness(),
                rates.timeliness());
        out.flush();
    }

    private static List<List<String>> rows(List<SectionStatus> statuses, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        for (SectionStatus status : statuses) {
            MonthlyCounts c = status.counts();
            String verdict = status.lateness().chinese()
                    + (status.extendedTo() == null ? "" : "（延期至 " + status.extendedTo() + "）");
            List<String> row = new ArrayList<>(List.of(status.section().name(), verdict,
                    status.firstReceivedAt() == null ? "-" : SHOWN.format(status.firstReceivedAt().atZone(zone)),
                    status.corrected() ? "更正" : ""));
            if (c == null) {
                row.addAll(List.of("-", "-", "-", "-", "-", "-"));
            }
            else {
                for (int n : new int[] { c.inspectionTotal(), c.inspectionEnterprise(), c.penaltyTotal(),
                        c.penaltyEnterprise(), c.coercionTotal(), c.coercionEnterprise() }) {
                    row.add(Integer.toString(n));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    static void printJson(PrintWriter out, List<SectionStatus> statuses, ZoneId zone) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (SectionStatus status : statuses) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("section", status.section().name());
            entry.put("code", status.section().code());
            entry.put("status", status.lateness().status().name());
            entry.put("receivedAt", iso(status.firstReceivedAt(), zone));
            entry.put("daysLate", status.lateness().daysLate());
            entry.put("corrected", status.corrected());
            entry.put("extendedTo", status.extendedTo() == null ? null : status.extendedTo().toString());
            entry.put("counts", counts(status.counts()));
            json.add(entry);
        }
        out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(json));
        out.flush();
    }

    private static Map<String, Object> counts(MonthlyCounts c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("inspectionTotal", c.inspectionTotal());
        counts.put("inspectionEnterprise", c.inspectionEnterprise());
        counts.put("penaltyTotal", c.penaltyTotal());
        counts.put("penaltyEnterprise", c.penaltyEnterprise());
        counts.put("coercionTotal", c.coercionTotal());
        counts.put("coercionEnterprise", c.coercionEnterprise());
        return counts;
    }

    private static String iso(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime().toString();
    }

}
