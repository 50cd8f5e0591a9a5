package cn.liulin.enforcement.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;

/** Files parsed ahead on their own threads come out as if each were parsed when it was needed. */
class ParseAheadTests {

    private static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查");

    @TempDir
    Path dir;

    @Test
    void eachFileIsTakenWithItsOwnRowsAndErrorsWhateverOrderTheParsesFinish() throws Exception {
        Path big = SampleFiles.write(dir.resolve("big.xlsx"), Format.XLSX, HEADER,
                java.util.stream.IntStream.range(0, 3000).<List<?>>mapToObj(i -> List.of("执法股", "2025-06", i, 0)).toList());
        Path bad = SampleFiles.write(dir.resolve("bad.csv"), Format.CSV_GBK, HEADER,
                List.of(List.of("执法股", "2025-06", 1, 0), List.of("坏", "2025-06", 1, 0)));
        Path small = SampleFiles.write(dir.resolve("small.csv"), Format.CSV_UTF8_BOM, HEADER,
                List.of(List.of("执法股", "2025-06", 3, 2)));
        try (ParseAhead ahead = new ParseAhead(new FileParser(List.of(new RecordingIntake())), Instant.EPOCH)) {
            ahead.start(big);
            ahead.start(bad);
            ahead.start(small);
            assertThat(ahead.take(small).records()).hasSize(1);
            ParsedFile<?> badFile = ahead.take(bad);
            assertThat(badFile.accepted()).isFalse();
            assertThat(badFile.errors()).extracting(IntakeError::message).containsExactly("坏行");
            assertThat(ahead.take(big).records()).hasSize(3000);
        }
    }

    @Test
    void aFileNobodyStartedIsParsedWhenTakenAndADiscardedOneIsParsedAgainIfTaken() throws Exception {
        Path file = SampleFiles.write(dir.resolve("a.csv"), Format.CSV_UTF8_BOM, HEADER,
                List.of(List.of("执法股", "2025-06", 3, 2)));
        try (ParseAhead ahead = new ParseAhead(new FileParser(List.of(new RecordingIntake())), Instant.EPOCH)) {
            assertThat(ahead.take(file).accepted()).isTrue();
            ahead.start(file);
            ahead.discard(file);
            assertThat(ahead.take(file).records()).hasSize(1);
        }
    }

    @Test
    void aFailureInsideTheParseReachesTheStepAsItselfNotAsADamagedFile() throws Exception {
        for (Format format : List.of(Format.CSV_UTF8_BOM, Format.XLSX)) {
            failInside(SampleFiles.write(dir.resolve("a" + format.extension()), format, HEADER,
                    List.of(List.of("执法股", "2025-06", 3, 2))));
        }
    }

    private void failInside(Path file) {
        KindIntake<java.util.Map<String, String>> failing = new RecordingIntake() {
            @Override
            public RowRules<java.util.Map<String, String>> rules(Instant receivedAt) {
                return (row, errors) -> {
                    throw new IllegalStateException("股室名单读取失败");
                };
            }
        };
        try (ParseAhead ahead = new ParseAhead(new FileParser(List.of(failing)), Instant.EPOCH)) {
            ahead.start(file);
            assertThatThrownBy(() -> ahead.take(file)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("股室名单读取失败");
        }
    }

    @Test
    void xlsxColumnsAreReadFromTheirReferences() {
        assertThat(XlsxSheetHandler.column("A1")).isZero();
        assertThat(XlsxSheetHandler.column("Z9")).isEqualTo(25);
        assertThat(XlsxSheetHandler.column("AB12")).isEqualTo(27);
        assertThat(XlsxSheetHandler.column("XFD1048576")).isEqualTo(16383);
    }
}
