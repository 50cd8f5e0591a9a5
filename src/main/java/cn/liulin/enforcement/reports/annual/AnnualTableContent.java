package cn.liulin.enforcement.reports.annual;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.reports.ReportContent;
import cn.liulin.enforcement.reports.ReportDelivery;
import cn.liulin.enforcement.reports.ReportRenderer;
import cn.liulin.enforcement.sections.Section;
import cn.liulin.enforcement.submissions.MonthlyCounts;
import cn.liulin.enforcement.submissions.YearTotals;

/**
 * 附件1: per section and for the bureau, a row per year from the first year of data to the
 * current one (to date, marked so), each year's six counts from its months, else from its
 * yearly row. A yearly row that disagrees with the months is listed under the table,
 * never added.
 */
record AnnualTableContent(String bureau, int firstYear, LocalDate today, List<Section> sections,
        Map<String, Map<Integer, YearTotals.Figures>> yearFigures, String footer, String generatedAt,
        ReportRenderer renderer) implements ReportContent {

    static final String REPORT = "ANNUAL";
    static final String BUREAU_TABLE = "全局合计";

    @Override
    public ReportDelivery.Target target() {
        return new ReportDelivery.Target(REPORT, firstYear + "-" + today.getYear(), today.toString().substring(0, 7),
                bureau + "行政执法相关数据统计表_" + firstYear + "-" + today.getYear() + "年");
    }

    @Override
    public Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        for (Map<String, ?> row : rows()) {
            for (int i = 1; i <= 6; i++) {
                figures.put(row.get("table") + " " + row.get("year") + " 第" + i + "项",
                        String.valueOf(row.get("c" + i)));
            }
        }
        figures.put("不一致", String.join("；", mismatches()));
        return figures;
    }

    @Override
    public ReportRenderer.Filled render(ReportDelivery.Version version) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE",
                bureau + "行政执法相关数据统计表" + (version.number() > 1 ? "（第 " + version.number() + " 版）" : ""));
        parameters.put("SUBTITLE", firstYear + "年—" + today.getYear() + "年（" + today.getYear() + "年截至 "
                + today.getMonthValue() + " 月 " + today.getDayOfMonth() + " 日）　　填报日期：" + today);
        List<String> mismatches = mismatches();
        parameters.put("NOTES", "说明：有月度数据的年份为各月合计（以最新报送为准），没有月度数据的年份为股室报送的年度数据；空白为未报送。" + (mismatches.isEmpty() ? ""
                : "\n年度数据与月度数据不一致（表中采用月度数据，未相加）：" + String.join("；", ReportContent.listed(mismatches, "另有 %d 处不一致"))));
        parameters.put("FOOTER", footer);
        parameters.put("GENERATED_AT", generatedAt);
        parameters.put("CHANGES_TEXT", ReportContent.changesText(version));
        return renderer.fill("annualTable", parameters, rows());
    }

    List<String> mismatches() {
        List<String> mismatches = new ArrayList<>();
        for (Section section : sections) {
            for (var f : yearFigures.getOrDefault(section.code(), Map.of()).values()) {
                if (f.mismatch()) {
                    mismatches.add(section.name() + " " + f.year() + " 年：年度数据为 " + f.yearly().chinese() + "，月度合计为 "
                            + f.monthly().chinese());
                }
            }
        }
        return mismatches;
    }

    private List<Map<String, ?>> rows() {
        List<Map<String, ?>> rows = new ArrayList<>();
        Map<Integer, MonthlyCounts> bureauTotals = new HashMap<>();
        for (Section section : sections) {
            Map<Integer, YearTotals.Figures> years = yearFigures.getOrDefault(section.code(), Map.of());
            for (int year = firstYear; year <= today.getYear(); year++) {
                YearTotals.Figures f = years.get(year);
                MonthlyCounts used = f == null ? null : f.used();
                rows.add(row(section.name(), year, used));
                if (used != null) {
                    bureauTotals.merge(year, used, MonthlyCounts::plus);
                }
            }
        }
        for (int year = firstYear; year <= today.getYear(); year++) {
            rows.add(row(BUREAU_TABLE, year, bureauTotals.getOrDefault(year, MonthlyCounts.ZERO)));
        }
        return rows;
    }

    private Map<String, ?> row(String table, int year, MonthlyCounts counts) {
        Map<String, Object> row = new HashMap<>();
        row.put("table", table);
        row.put("year", year + "年" + (year == today.getYear() ? "（截至" + today.getMonthValue() + "月）" : ""));
        List<Integer> values = counts == null ? null : List.of(counts.inspectionTotal(), counts.inspectionEnterprise(),
                counts.penaltyTotal(), counts.penaltyEnterprise(), counts.coercionTotal(), counts.coercionEnterprise());
        for (int i = 0; i < 6; i++) {
            row.put("c" + (i + 1), values == null ? null : values.get(i));
        }
        return row;
    }
}
