package cn.liulin.enforcement.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import cn.liulin.enforcement.support.ChildJvm;
import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.TestDatabase;
import cn.liulin.enforcement.support.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The unattended scheduler for real: nodes in JVMs of their own on one PostgreSQL, killed
 * and stopped as a power cut or systemd would, and started again.
 */
class SchedulerIntegrationTests {

    private static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计",
            "涉企行政强制");

    private static final List<String> SENDERS = List.of("执法股", "危化股", "非煤股", "煤矿股", "工贸股", "执法队", "救援股", "减灾股", "综合监管股",
            "JZ1");

    @TempDir
    Path workspace;

    @TempDir
    Path logs;

    private final String databaseUrl = TestDatabase.newDatabaseUrl();

    private JdbcClient database() {
        return JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), databaseUrl));
    }

    private void dropFiles(String period, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            SampleFiles.write(workspace.resolve("inbox").resolve(SENDERS.get(i) + "_" + period + ".csv"),
                    Format.CSV_UTF8, HEADER, List.of(List.of(SENDERS.get(i), period, 3 + i, 2, 1, 1, 0, 0)));
        }
    }

    private List<String> files(String folder, String suffix) throws Exception {
        Path dir = workspace.resolve("shared-reports").resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString())
                .filter(name -> name.endsWith(suffix))
                .sorted()
                .toList();
        }
    }

    private static void await(Duration timeout, Check check) throws Exception {
        Instant until = Instant.now().plus(timeout);
        while (!check.done()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("超时未达到预期状态");
            }
            Thread.sleep(200);
        }
    }

    @FunctionalInterface
    private interface Check {

        boolean done() throws Exception;

    }

    private CommandLineRun.Result startAndStopScheduler(String now, String... more) {
        List<String> args = new java.util.ArrayList<>(Workspace.settings(workspace, databaseUrl, more));
        args.add("--reporting.now=" + now);
        args.add("--server.port=0");
        return CommandLineRun.runRaw(args.toArray(String[]::new));
    }

    @Test
    void twoNodesOnOneDatabaseDeliverEachReportOnceAndReadEachFileOnce() throws Exception {
        dropFiles("2025-07", 6);
        List<String> args = Workspace.settings(workspace, databaseUrl, "--reporting.now=2025-07-04T01:00",
                "--reporting.go-live=2025-06", "--reporting.schedule.ingest=*/2 * * * * ?",
                "--reporting.schedule.monthly-report=*/3 * * * * ?");
        try (ChildJvm first = ChildJvm.start(logs.resolve("node-1.log"), args);
                ChildJvm second = ChildJvm.start(logs.resolve("node-2.log"), args)) {
            first.awaitLog("调度器已启动", Duration.ofSeconds(60));
            second.awaitLog("调度器已启动", Duration.ofSeconds(60));
            await(Duration.ofSeconds(60),
                    () -> files("回执", ".receipt.json").size() >= 6 && files("2025-06", ".pdf").size() >= 1);
            Thread.sleep(7000); // several more fires of every trigger on both nodes
            first.terminate(Duration.ofSeconds(60));
            second.terminate(Duration.ofSeconds(60));
            assertThat(first.output() + second.output()).doesNotContain("ERROR");
        }
        assertThat(files("回执", ".receipt.json")).hasSize(6);
        assertThat(database().sql("select status, count(*) from inbox_file group by status").query().listOfRows())
            .singleElement()
            .satisfies(row -> {
                assertThat(row.get("status")).isEqualTo("ACCEPTED");
                assertThat(((Number) row.get("count")).intValue()).isEqualTo(6);
            });
        // The 月报 and, caught up with it, the 入企检查情况及预警清单: each once, though both nodes
        // fired.
        assertThat(files("2025-06", ".pdf")).containsExactly("柳林县应急管理局入企检查情况及预警清单_2025年06月.pdf",
                "柳林县应急管理局涉企行政执法情况月报_2025年06月.pdf");
        assertThat(files("2025-06", ".xlsx")).hasSize(2);
        assertThat(database().sql("select report, count(*) from delivered_report group by report order by report")
            .query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2))
            .list()).containsExactly("INSPECTIONS=1", "MONTHLY=1");
    }

    @Test
    void afterDowntimeAcrossThreeDeadlinesAllThreeReportsAppearOldestFirst() throws Exception {
        // September's deadline moved past 国庆 to 10-09: the third deadline has passed on
        // 10-10.
        CommandLineRun.Result start = startAndStopScheduler("2025-10-10T09:00", "--reporting.go-live=2025-07");
        assertThat(start.exitCode()).as(start.err()).isZero();
        assertThat(start.err()).containsSubsequence("补交 / 更新 2025-07", "补交 / 更新 2025-08", "补交 / 更新 2025-09",
                "补交 6 份报表"); // three 月报 and three 入企检查情况及预警清单
        for (String period : List.of("2025-07", "2025-08", "2025-09")) {
            assertThat(files(period, ".pdf")).hasSize(2); // the 月报 and the 入企检查情况及预警清单
            assertThat(files(period, ".xlsx")).hasSize(2);
        }
        assertThat(files("2025-10", ".pdf")).isEmpty();

        CommandLineRun.Result again = startAndStopScheduler("2025-10-11T09:00", "--reporting.go-live=2025-07");
        assertThat(again.err()).contains("补交 0 份报表");

        dropFiles("2025-08", 1);
        // The late file is read by hand (a scheduler started and stopped at once may exit
        // before its trigger fires).
        CommandLineRun.Result late = startAndStopScheduler("2025-10-12T09:00", "--reporting.go-live=2025-07", "ingest");
        assertThat(late.out()).contains("接收 1");
        assertThat(late.exitCode()).as(late.err()).isZero();
        CommandLineRun.Result afterLate = startAndStopScheduler("2025-10-12T10:00", "--reporting.go-live=2025-07");
        assertThat(afterLate.err()).contains("补交 / 更新 2025-08");
        // The late counts change the 月报 (a second version); the inspection lists did not
        // change.
        assertThat(files("2025-08", ".pdf")).containsExactly("柳林县应急管理局入企检查情况及预警清单_2025年08月.pdf",
                "柳林县应急管理局涉企行政执法情况月报_2025年08月.pdf", "柳林县应急管理局涉企行政执法情况月报_2025年08月_v2.pdf");
    }

    @Test
    void aReportJobKilledMidwayIsRecoveredAndFinishedAtTheNextStartWithNoStrayFiles() throws Exception {
        List<String> args = Workspace.settings(workspace, databaseUrl, "--reporting.now=2025-07-05T09:00",
                "--reporting.testing.hold-before-publish=120s", "report", "monthly", "--period", "2025-06");
        try (ChildJvm command = ChildJvm.start(logs.resolve("killed.log"), args)) {
            command.awaitLog("测试用暂停", Duration.ofSeconds(60));
            command.kill();
        }
        assertThat(database().sql("select status from batch_job_execution").query(String.class).list())
            .containsExactly("STARTED");
        assertThat(files("2025-06", ".pdf")).isEmpty();
        try (Stream<Path> parts = Files.list(workspace.resolve("shared-reports/.incoming"))) {
            assertThat(parts.filter(Files::isRegularFile)).isNotEmpty();
        }

        CommandLineRun.Result restart = startAndStopScheduler("2025-07-05T10:00");
        assertThat(restart.exitCode()).as(restart.err()).isZero();
        assertThat(restart.err()).contains("因进程意外退出停在 STARTED", "已清理作业", "恢复 1 个中断的作业");
        assertThat(files("2025-06", "")).containsExactlyInAnyOrder("manifest.json", "柳林县应急管理局涉企行政执法情况月报_2025年06月.pdf",
                "柳林县应急管理局涉企行政执法情况月报_2025年06月.xlsx", "柳林县应急管理局入企检查情况及预警清单_2025年06月.pdf",
                "柳林县应急管理局入企检查情况及预警清单_2025年06月.xlsx");
        try (Stream<Path> parts = Files.list(workspace.resolve("shared-reports/.incoming"))) {
            assertThat(parts.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(database().sql("""
                select e.status from batch_job_execution e join batch_job_instance i using (job_instance_id)
                where i.job_name = 'monthlyReportJob' order by e.job_execution_id
                """).query(String.class).list()).containsExactly("FAILED", "COMPLETED");
    }

    @Test
    void sigtermStopsARunningJobCleanlyAndTheNextStartFinishesIt() throws Exception {
        dropFiles("2025-06", 8);
        List<String> args = Workspace.settings(workspace, databaseUrl, "--reporting.now=2025-07-02T09:00",
                "--reporting.testing.hold-before-publish=1s", "ingest");
        try (ChildJvm command = ChildJvm.start(logs.resolve("stopped.log"), args)) {
            command.awaitLog("回执已写入", Duration.ofSeconds(60));
            command.terminate(Duration.ofSeconds(60));
            assertThat(command.output()).contains("正在停止作业");
        }
        assertThat(database().sql("select status from batch_job_execution").query(String.class).list())
            .containsExactly("STOPPED");
        assertThat(files("回执", ".receipt.json")).hasSizeLessThan(8);

        CommandLineRun.Result restart = startAndStopScheduler("2025-07-02T10:00");
        assertThat(restart.exitCode()).as(restart.err()).isZero();
        assertThat(restart.err()).contains("继续 1 个停止的作业");
        assertThat(files("回执", ".receipt.json")).hasSize(8);
        assertThat(
                database().sql("select count(*) from inbox_file where status = 'ACCEPTED' and archived_as is not null")
                    .query(Integer.class)
                    .single())
            .isEqualTo(8);
        assertThat(database().sql("""
                select e.status from batch_job_execution e join batch_job_instance i using (job_instance_id)
                where i.job_name = 'ingestJob' order by e.job_execution_id
                """).query(String.class).list()).containsExactly("STOPPED", "COMPLETED");
        try (Stream<Path> inbox = Files.list(workspace.resolve("inbox"))) {
            assertThat(inbox).isEmpty();
        }
    }

}
