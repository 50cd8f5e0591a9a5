package cn.liulin.enforcement.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TableScannerTests {

    private final TableScanner scanner = new TableScanner(List.of(new RecordingIntake()), Instant.EPOCH);

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> records(ParsedFile<?> parsed) {
        return (List<Map<String, String>>) parsed.records();
    }

    @Test
    void columnsAreMatchedByNameNotPosition() {
        scanner.row(1, List.of("备注", "涉企行政检查(件)", "统计月份", "行政检查合计", "股室"));
        scanner.row(2, List.of("", " 2 ", "2025-06", "3", "执法股"));
        ParsedFile<?> parsed = scanner.finish();
        assertThat(parsed.accepted()).isTrue();
        assertThat(records(parsed))
            .containsExactly(Map.of("股室", "执法股", "统计月份", "2025-06", "行政检查合计", "3", "涉企行政检查", "2", "备注", ""));
    }

    @Test
    void aTitleRowAboveTheHeaderIsSkipped() {
        scanner.row(1, List.of("柳林县应急管理局月度执法数据"));
        scanner.row(2, List.of("股室", "统计月份", "行政检查合计", "涉企行政检查"));
        scanner.row(3, List.of("执法股", "2025-06", "3", "2"));
        ParsedFile<?> parsed = scanner.finish();
        assertThat(parsed.rows()).isEqualTo(1);
        assertThat(parsed.accepted()).isTrue();
    }

    @Test
    void thePlansTwoLevelHeaderIsRead() {
        scanner.row(1, List.of("股室", "统计月份", "行政检查", ""));
        scanner.row(2, List.of("", "", "合计", "涉企行政检查(件)"));
        scanner.row(3, List.of("执法股", "2025-06", "3", "2"));
        ParsedFile<?> parsed = scanner.finish();
        assertThat(parsed.accepted()).isTrue();
        assertThat(records(parsed).get(0)).containsEntry("行政检查合计", "3").containsEntry("股室", "执法股");
    }

    @Test
    void aMissingColumnIsNamed() {
        scanner.row(1, List.of("股室", "统计月份", "行政检查合计"));
        scanner.row(2, List.of("执法股", "2025-06", "3"));
        ParsedFile<?> parsed = scanner.finish();
        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.errors().get(0).message()).contains("缺少列：涉企行政检查");
    }

    @Test
    void unknownHeadersSayWhatIsExpected() {
        scanner.row(1, List.of("姓名", "年龄"));
        scanner.row(2, List.of("张三", "30"));
        ParsedFile<?> parsed = scanner.finish();
        assertThat(parsed.kind()).isNull();
        assertThat(parsed.errors().get(0).message()).contains("无法识别文件类型").contains("股室、统计月份");
    }

    @Test
    void blankRowsAndATotalsRowAreSkippedWithANote() {
        scanner.row(1, List.of("股室", "统计月份", "行政检查合计", "涉企行政检查"));
        scanner.row(2, List.of("执法股", "2025-06", "3", "2"));
        scanner.row(3, List.of("", "", "", ""));
        scanner.row(4, List.of("合计", "", "3", "2"));
        ParsedFile<?> parsed = scanner.finish();
        assertThat(parsed.rows()).isEqualTo(1);
        assertThat(parsed.notes()).containsExactly("第 4 行是合计行（合计由系统计算），已忽略");
    }

    @Test
    void oneBadRowRejectsTheWholeFileAndKeepsNoRecords() {
        scanner.row(1, List.of("股室", "统计月份", "行政检查合计", "涉企行政检查"));
        scanner.row(2, List.of("执法股", "2025-06", "3", "2"));
        scanner.row(3, List.of("坏", "2025-06", "3", "2"));
        scanner.row(4, List.of("危化股", "2025-06", "3", "2"));
        ParsedFile<?> parsed = scanner.finish();
        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.records()).isEmpty();
        assertThat(parsed.rows()).isEqualTo(3);
        assertThat(parsed.errors()).extracting(IntakeError::row).containsExactly(3);
    }

    @Test
    void aHeaderWithNoRowsIsRejected() {
        scanner.row(1, List.of("股室", "统计月份", "行政检查合计", "涉企行政检查"));
        ParsedFile<?> parsed = scanner.finish();
        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.errors().get(0).message()).contains("没有数据行");
    }

}
