package cn.liulin.enforcement.sections;

import java.time.YearMonth;
import java.util.List;

import cn.liulin.enforcement.core.ReportingPeriod;

/**
 * 股室 / 监管专员小组: a unit that may have to report its monthly counts.
 *
 * @param delistedFrom the first period after the section was dropped from sections.yml,
 * or {@code null}
 */
public record Section(String code, String name, List<String> aliases, boolean reports, YearMonth activeFrom,
        YearMonth activeTo, YearMonth delistedFrom, int sortOrder) {

    public Section {
        aliases = List.copyOf(aliases);
    }

    /** Whether the section existed (and was still listed) in that period. */
    public boolean isActiveIn(ReportingPeriod period) {
        YearMonth month = period.month();
        return !month.isBefore(activeFrom) && (activeTo == null || !month.isAfter(activeTo))
                && (delistedFrom == null || month.isBefore(delistedFrom));
    }

    /**
     * Whether its counts for that period are expected (and count in the completeness
     * rates).
     */
    public boolean mustReport(ReportingPeriod period) {
        return reports && isActiveIn(period);
    }

    /**
     * Why the section cannot report for that period, in words for a receipt; null when it
     * can.
     */
    public String whyNotActiveIn(ReportingPeriod period) {
        YearMonth month = period.month();
        if (month.isBefore(activeFrom)) {
            return "“" + name + "”自 " + activeFrom + " 起才开始报送，" + period + " 不在其报送期内";
        }
        if (activeTo != null && month.isAfter(activeTo)) {
            return "“" + name + "”已于 " + activeTo + " 后停止报送，" + period + " 不在其报送期内";
        }
        if (delistedFrom != null && !month.isBefore(delistedFrom)) {
            return "“" + name + "”已从股室名单（sections.yml）中移除，自 " + delistedFrom + " 起不再报送";
        }
        if (!reports) {
            return "“" + name + "”在股室名单中设为无需报送月度执法数据（reports: false）";
        }
        return null;
    }
}
