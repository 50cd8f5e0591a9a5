package cn.liulin.enforcement.lateness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportingRatesTests {

    @Test
    void sevenOfEightReportedIsEightySevenPointFivePercent() {
        List<Lateness> verdicts = new ArrayList<>(Collections.nCopies(6, Lateness.onTime()));
        verdicts.add(Lateness.late(2));
        verdicts.add(Lateness.missing());
        ReportingRates rates = ReportingRates.of(verdicts);
        assertThat(rates.completeness()).isEqualTo("87.5%");
        assertThat(rates.timeliness()).isEqualTo("75.0%");
        assertThat(rates.due()).isEqualTo(8);
        assertThat(rates.reported()).isEqualTo(7);
    }

    @Test
    void ratesRoundToOneDecimal() {
        List<Lateness> verdicts = new ArrayList<>(Collections.nCopies(11, Lateness.onTime()));
        verdicts.add(Lateness.missing());
        assertThat(ReportingRates.of(verdicts).completeness()).isEqualTo("91.7%");
    }

    @Test
    void everyoneOnTimeIsAHundredPercentAndNoMore() {
        ReportingRates rates = ReportingRates.of(Collections.nCopies(12, Lateness.onTime()));
        assertThat(rates.completeness()).isEqualTo("100.0%");
        assertThat(rates.timeliness()).isEqualTo("100.0%");
    }

    @Test
    void pendingSectionsHaveNotReported() {
        ReportingRates rates = ReportingRates.of(List.of(Lateness.onTime(), Lateness.pending()));
        assertThat(rates.completeness()).isEqualTo("50.0%");
        assertThat(rates.pending()).isEqualTo(1);
    }

    @Test
    void noSectionDueHasNoRate() {
        assertThat(ReportingRates.of(List.of()).completeness()).isEqualTo("-");
    }

}
