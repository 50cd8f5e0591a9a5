package cn.liulin.enforcement.lateness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * 报送率 and 及时率 of one period over the sections that must report: reported (on time or
 * late) / due, and on time / due, as percentages with one decimal. They never exceed
 * 100%, since only sections that must report are counted.
 */
public record ReportingRates(int due, int reported, int onTime, int late, int missing, int pending) {

    public static ReportingRates of(Collection<Lateness> verdicts) {
        int onTime = 0;
        int late = 0;
        int missing = 0;
        int pending = 0;
        for (Lateness verdict : verdicts) {
            switch (verdict.status()) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case MISSING -> missing++;
                case PENDING -> pending++;
            }
        }
        return new ReportingRates(verdicts.size(), onTime + late, onTime, late, missing, pending);
    }

    /** 报送率, e.g. {@code 87.5%}; {@code -} when no section had to report. */
    public String completeness() {
        return percent(reported);
    }

    /** 及时率, e.g. {@code 75.0%}; {@code -} when no section had to report. */
    public String timeliness() {
        return percent(onTime);
    }

    private String percent(int part) {
        if (due == 0) {
            return "-";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP) + "%";
    }
}
