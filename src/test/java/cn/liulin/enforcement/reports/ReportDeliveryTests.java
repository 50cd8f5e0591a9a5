package cn.liulin.enforcement.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportDeliveryTests {

    private static Map<String, String> figures(String... pairs) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            figures.put(pairs[i], pairs[i + 1]);
        }
        return figures;
    }

    @Test
    void aChangeNoteNamesTheFigureAndItsOldAndNewValue() {
        assertThat(ReportDelivery.changes(figures("执法股 本月行政检查合计", "8", "报送率", "25.0%"),
                figures("执法股 本月行政检查合计", "9", "报送率", "25.0%")))
            .containsExactly("执法股 本月行政检查合计：8 → 9");
    }

    @Test
    void figuresThatAppearOrDisappearAreNamedToo() {
        assertThat(ReportDelivery.changes(figures("防灾减灾股 报送状态", "逾期未报"),
                figures("防灾减灾股 报送状态", "逾期报送 3天", "防灾减灾股 本月行政检查合计", "4")))
            .containsExactly("防灾减灾股 报送状态：逾期未报 → 逾期报送 3天", "防灾减灾股 本月行政检查合计：（无） → 4");
    }

    @Test
    void theFingerprintDependsOnEveryFigureAndItsLabel() {
        String base = ReportDelivery.fingerprint(figures("a", "1", "b", "2"));
        assertThat(ReportDelivery.fingerprint(figures("a", "1", "b", "2"))).isEqualTo(base);
        assertThat(ReportDelivery.fingerprint(figures("a", "1", "b", "3"))).isNotEqualTo(base);
        assertThat(ReportDelivery.fingerprint(figures("a", "12")))
            .isNotEqualTo(ReportDelivery.fingerprint(figures("a1", "2")));
    }

}
