package cn.liulin.enforcement.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Lists under a report's table stay readable at a province's size. */
class ReportContentTests {

    @Test
    void aCountysListIsShownWhole() {
        List<String> late = IntStream.rangeClosed(1, 100).mapToObj(i -> "第" + i + "股").toList();
        assertThat(ReportContent.listed(late, "另有 %d 个")).isEqualTo(late);
    }

    @Test
    void aProvincesListShowsTheFirstHundredThenSaysHowManyMoreAndWhere() {
        List<String> late = IntStream.rangeClosed(1, 30_000).mapToObj(i -> "第" + i + "股").toList();
        List<String> shown = ReportContent.listed(late, "另有 %d 个，见上表“报送状态”列");
        assertThat(shown).hasSize(101);
        assertThat(shown.get(99)).isEqualTo("第100股");
        assertThat(shown.get(100)).isEqualTo("另有 29900 个，见上表“报送状态”列");
    }

    @Test
    void aLongChangeNotePointsToTheManifest() {
        List<String> changes = IntStream.rangeClosed(1, 250).mapToObj(i -> "第" + i + "股 行政检查：1 → 2").toList();
        String note = ReportContent.changesText(new ReportDelivery.Version(2, changes));
        assertThat(note).startsWith("本版与第 1 版相比的变更：\n第1股")
            .contains("第100股 行政检查：1 → 2\n")
            .doesNotContain("第101股")
            .endsWith("……另有 150 处变更，全部列在共享文件夹的 manifest.json 中");
    }

}
