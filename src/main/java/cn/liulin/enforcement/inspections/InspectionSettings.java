package cn.liulin.enforcement.inspections;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code reporting.inspections.*} (spec §7): the 入企检查登记's vocabularies and the thresholds
 * of its warnings (spec §5.7).
 *
 * @param quietDays days of the month on which enterprises are left in peace
 * ({@code 1-20}, {@code 1-10,25}); unset: no quiet period
 * @param quietExceptions the 检查来源 that may enter on a quiet day
 * @param reconcileFrom the first month whose reported counts are checked against the
 * lists; unset: none
 * @param roster a text file of certified inspectors, a name a line; unset: not checked
 * @param items the published list of 行政检查事项; empty: not checked
 * @param yearlyCaps per 行业领域, the most inspections an enterprise may have in a calendar
 * year (高频检查); an industry not named has no cap
 */
@Validated
@ConfigurationProperties("reporting.inspections")
public record InspectionSettings(
        @Pattern(regexp = "\\s*\\d{1,2}(-\\d{1,2})?(\\s*,\\s*\\d{1,2}(-\\d{1,2})?)*\\s*",
                message = "应写作日期范围，例如 1-20 或 1-10,25-31") String quietDays,
        @DefaultValue( {
                "投诉举报", "事故调查", "上级交办", "隐患复查" }) List<String> quietExceptions,
        YearMonth reconcileFrom, Path roster, @DefaultValue List<String> items,
        @DefaultValue({ "煤矿", "非煤矿山", "危险化学品", "冶金工贸", "烟花爆竹", "其他" }) List<String> industries,
        @DefaultValue({ "年度计划", "双随机抽查", "投诉举报", "事故调查", "上级交办", "专项检查", "隐患复查", "其他" }) List<String> sources,
        @DefaultValue({ "未发现问题", "责令限期整改", "立案查处", "其他" }) List<String> results,
        @Min(1) @DefaultValue("30") int multiSectionDays, @Min(1) @DefaultValue("12") int repeatMonths,
        @Min(1) @DefaultValue("1") int maxPerDay, @Min(1) @DefaultValue("2") int maxPerWeek,
        @Min(1) @DefaultValue("3") int maxPerMonth, @DefaultValue Map<String, Integer> yearlyCaps,
        @DefaultValue("true") boolean addWarningsToProblems){

    /** The quiet days as day-of-month numbers. */
    public Set<Integer> quietDayNumbers() {
        Set<Integer> days = new TreeSet<>();
        if (quietDays == null || quietDays.isBlank()) {
            return days;
        }
        for (String range : quietDays.split(",")) {
            String[] ends = range.strip().split("-");
            int from = Integer.parseInt(ends[0].strip());
            int to = ends.length > 1 ? Integer.parseInt(ends[1].strip()) : from;
            for (int day = from; day <= to; day++) {
                days.add(day);
            }
        }
        return days;
    }
}
