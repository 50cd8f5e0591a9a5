package cn.liulin.enforcement.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import cn.liulin.enforcement.support.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two commands at once on the embedded PostgreSQL (no datasource configured): the second
 * uses the server the first started, the first leaves it running when it exits before the
 * second, the second stops it when it is the last, and both succeed.
 */
class ConcurrentCommandsTests {

    private static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计",
            "涉企行政强制");

    @TempDir
    Path workspace;

    private List<String> settings(String... more) {
        List<String> settings = new ArrayList<>(List.of("--reporting.inbox-dir=" + workspace.resolve("inbox"),
                "--reporting.archive-dir=" + workspace.resolve("archive"),
                "--reporting.output-dir=" + workspace.resolve("shared-reports"),
                "--reporting.data-dir=" + workspace.resolve("data"),
                "--reporting.sections=" + Path.of("config/sections.yml").toAbsolutePath(),
                "--reporting.now=2025-07-02T10:00"));
        settings.addAll(List.of(more));
        return settings;
    }

    @Test
    void twoSubmitsAtOnceBothSucceedAndTheLastOneOutStopsTheServer() throws Exception {
        Path first = SampleFiles.write(workspace.resolve("执法股.csv"), Format.CSV_UTF8_BOM, HEADER,
                List.of(List.of("执法股", "2025-06", 3, 2, 1, 1, 0, 0)));
        Path second = SampleFiles.write(workspace.resolve("危化股.csv"), Format.CSV_UTF8_BOM, HEADER,
                List.of(List.of("危险化学品安全监督管理股", "2025-06", 2, 2, 0, 0, 0, 0)));
        List<String> firstArgs = settings("submit", first.toString());
        // The second holds its receipts back for a while, so that the first exits while
        // the second still works.
        List<String> secondArgs = settings("--reporting.testing.hold-before-publish=6s", "submit", second.toString());
        try (ChildJvm starter = ChildJvm.start(workspace.resolve("first.log"), firstArgs);
                ChildJvm joiner = ChildJvm.start(workspace.resolve("second.log"), secondArgs)) {
            int firstExit = starter.awaitExit(Duration.ofMinutes(2));
            assertThat(joiner.output()).as("第二个命令在第一个退出时仍在运行").doesNotContain("ingestJob #");
            int secondExit = joiner.awaitExit(Duration.ofMinutes(2));
            assertThat(firstExit).as(starter.output()).isZero();
            assertThat(secondExit).as(joiner.output()).isZero();
            assertThat(starter.output() + joiner.output()).doesNotContain("57P01", "terminating connection");
        }
        JsonMapper json = JsonMapper.builder().build();
        for (String name : List.of("执法股.csv", "危化股.csv")) {
            assertThat(json.readTree(workspace.resolve("shared-reports/回执/" + name + ".receipt.json").toFile())
                .get("status")
                .asString()).isEqualTo("ACCEPTED");
        }
        Path pid = workspace.resolve("data/pg/postmaster.pid");
        for (int i = 0; i < 100 && Files.exists(pid); i++) {
            Thread.sleep(100);
        }
        assertThat(pid).as("最后退出的命令停止了内嵌 PostgreSQL").doesNotExist();
    }

}
