package cn.liulin.enforcement.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import cn.liulin.enforcement.core.FileHashes;
import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Files copied and parsed ahead on their own threads come out as if each were parsed when
 * it was needed, each from a private copy of exactly its bytes.
 */
class ParseAheadTests {

    private static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查");

    @TempDir
    Path dir;

    private ParseAhead parseAhead(KindIntake<?> kind) {
        return new ParseAhead(new FileParser(List.of(kind)), dir.resolve("archive/.reading"), 7);
    }

    private static InboxFile inboxFile(Path file) throws Exception {
        return new InboxFile(file, InboxObservation.of(file), Instant.EPOCH);
    }

    @Test
    void eachFileIsTakenWithItsOwnRowsAndErrorsWhateverOrderTheParsesFinish() throws Exception {
        InboxFile big = inboxFile(SampleFiles.write(dir.resolve("big.xlsx"), Format.XLSX, HEADER,
                java.util.stream.IntStream.range(0, 3000)
                    .<List<?>>mapToObj(i -> List.of("执法股", "2025-06", i, 0))
                    .toList()));
        InboxFile bad = inboxFile(SampleFiles.write(dir.resolve("bad.csv"), Format.CSV_GBK, HEADER,
                List.of(List.of("执法股", "2025-06", 1, 0), List.of("坏", "2025-06", 1, 0))));
        InboxFile small = inboxFile(SampleFiles.write(dir.resolve("small.csv"), Format.CSV_UTF8_BOM, HEADER,
                List.of(List.of("执法股", "2025-06", 3, 2))));
        try (ParseAhead ahead = parseAhead(new RecordingIntake())) {
            ahead.readAhead(big);
            ahead.readAhead(bad);
            ahead.readAhead(small);
            ParseAhead.ReadFile smallFile = ahead.take(small);
            assertThat(smallFile.parsed().records()).hasSize(1);
            assertThat(smallFile.snapshot().sha256()).isEqualTo(FileHashes.sha256(small.path()));
            assertThat(Files.readAllBytes(smallFile.snapshot().copy())).isEqualTo(Files.readAllBytes(small.path()));
            ParsedFile<?> badFile = ahead.take(bad).parsed();
            assertThat(badFile.accepted()).isFalse();
            assertThat(badFile.errors()).extracting(IntakeError::message).containsExactly("坏行");
            assertThat(ahead.take(big).parsed().records()).hasSize(3000);
        }
    }

    @Test
    void copiesNeverTakenAreRemovedWhenTheStepEnds() throws Exception {
        InboxFile file = inboxFile(SampleFiles.write(dir.resolve("a.csv"), Format.CSV_UTF8_BOM, HEADER,
                List.of(List.of("执法股", "2025-06", 3, 2))));
        try (ParseAhead ahead = parseAhead(new RecordingIntake())) {
            ahead.readAhead(file);
        }
        try (Stream<Path> copies = Files.list(dir.resolve("archive/.reading"))) {
            assertThat(copies).isEmpty();
        }
    }

    @Test
    void aFileThatChangedSinceItWasListedIsNotReadThisTime() throws Exception {
        Path path = SampleFiles.write(dir.resolve("a.csv"), Format.CSV_UTF8_BOM, HEADER,
                List.of(List.of("执法股", "2025-06", 3, 2)));
        InboxFile listed = inboxFile(path);
        Files.writeString(path, "执法股,2025-07,1,1\n", java.nio.file.StandardOpenOption.APPEND);
        try (ParseAhead ahead = parseAhead(new RecordingIntake())) {
            ParseAhead.ReadFile read = ahead.take(listed);
            assertThat(read.parsed()).isNull();
            assertThat(read.notRead()).contains("仍在被写入");
        }
    }

    @Test
    void aLostDatabaseInsideTheRulesFailsTheRunButAnyOtherFailureRejectsOnlyThatFile() throws Exception {
        for (Format format : List.of(Format.CSV_UTF8_BOM, Format.XLSX)) {
            InboxFile file = inboxFile(SampleFiles.write(dir.resolve("a" + format.extension()), format, HEADER,
                    List.of(List.of("执法股", "2025-06", 3, 2))));
            try (ParseAhead ahead = parseAhead(failingWith(new DataAccessResourceFailureException("股室名单读取失败")))) {
                assertThatThrownBy(() -> ahead.take(file)).isInstanceOf(DataAccessResourceFailureException.class)
                    .hasMessage("股室名单读取失败");
            }
            try (ParseAhead ahead = parseAhead(failingWith(new IllegalStateException("库里的错误")))) {
                ParsedFile<?> parsed = ahead.take(file).parsed();
                assertThat(parsed.accepted()).isFalse();
                assertThat(parsed.errors().get(0).message()).contains("无法读取文件").doesNotContain("库里的错误");
            }
        }
    }

    private static KindIntake<java.util.Map<String, String>> failingWith(RuntimeException failure) {
        return new RecordingIntake() {
            @Override
            public RowRules<java.util.Map<String, String>> rules(Instant receivedAt) {
                return (row, errors) -> {
                    throw failure;
                };
            }
        };
    }

    @Test
    void xlsxColumnsAreReadFromTheirReferences() {
        assertThat(XlsxSheetHandler.column("A1")).isZero();
        assertThat(XlsxSheetHandler.column("Z9")).isEqualTo(25);
        assertThat(XlsxSheetHandler.column("AB12")).isEqualTo(27);
        assertThat(XlsxSheetHandler.column("XFD1048576")).isEqualTo(16383);
        assertThat(XlsxSheetHandler.column("ZZZZ1")).isEqualTo(-1);
    }

}
