package cn.liulin.enforcement.console.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.liulin.enforcement.lateness.Lateness;
import cn.liulin.enforcement.lateness.ReportingRates;
import cn.liulin.enforcement.sections.Section;
import cn.liulin.enforcement.submissions.SectionStatus;
import org.junit.jupiter.api.Test;

class BoardCellTests {

    private final Section section = new Section("WHK", "危化股", List.of(), true, YearMonth.of(2023, 1), null, null, 0);

    @Test
    void eachStandingHasItsWordAndColour() {
        assertThat(cell(Lateness.onTime(), false, null)).extracting(BoardCell::text, BoardCell::css)
            .containsExactly("按时", "on-time");
        assertThat(cell(Lateness.late(3), false, null)).extracting(BoardCell::text, BoardCell::css, BoardCell::daysLate)
            .containsExactly("逾期3天", "late", 3);
        assertThat(cell(Lateness.missing(), false, null)).extracting(BoardCell::text, BoardCell::css)
            .containsExactly("未报", "missing");
        assertThat(cell(Lateness.pending(), false, null)).extracting(BoardCell::text, BoardCell::css)
            .containsExactly("未到期", "pending");
    }

    @Test
    void aCorrectionAndAnExtensionAreShown() {
        BoardCell corrected = cell(Lateness.late(2), true, LocalDate.of(2025, 7, 10));
        assertThat(corrected.text()).isEqualTo("逾期2天·更正");
        assertThat(corrected.css()).isEqualTo("late corrected");
        assertThat(corrected.title()).isEqualTo("逾期报送 2天（更正）（延期至 2025-07-10）");
    }

    @Test
    void aMonthBeforeItsDeadlineIsNotDrawnAsAFall() {
        var rates = ReportingRates.of(List.of(Lateness.onTime(), Lateness.pending(), Lateness.pending()));
        MonthRates july = MonthRates.of(YearMonth.of(2025, 7), rates);
        assertThat(july.computed()).isFalse();
        assertThat(july.completeness()).isEqualTo("未到期");
        assertThat(july.reported()).isEqualTo(1);
        MonthRates june = MonthRates.of(YearMonth.of(2025, 6), ReportingRates
            .of(List.of(Lateness.onTime(), Lateness.late(1), Lateness.missing(), Lateness.missing())));
        assertThat(june.computed()).isTrue();
        assertThat(june.completeness()).isEqualTo("50.0%");
        assertThat(june.timeliness()).isEqualTo("25.0%");
        RateChart chart = RateChart.of(List.of(june, july));
        assertThat(chart.completeness()).singleElement().isEqualTo("40,96");
        assertThat(chart.dots()).hasSize(2);
    }

    private BoardCell cell(Lateness lateness, boolean corrected, LocalDate extendedTo) {
        return BoardCell
            .of(new SectionStatus(section, lateness, Instant.EPOCH, Instant.EPOCH, corrected, null, extendedTo));
    }

}
