package cn.liulin.enforcement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a clerk sees when a command is mistyped: a message, what to type instead, exit
 * code 2.
 */
class CommandLineUsageTests {

    @TempDir
    Path workspace;

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CommandLineRun.Result result = CommandLineRun.runRaw("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("ingest", "submit", "status", "jobs", "demo", "退出码");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CommandLineRun.Result result = CommandLineRun.runRaw("publish");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("错误", "无法识别的参数", "用法");
    }

    @Test
    void statusWithoutAPeriodSaysWhatIsMissing() {
        CommandLineRun.Result result = CommandLineRun.runRaw("status");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--period");
    }

    @Test
    void settingsBesideACommandAreNotTakenForArguments() {
        assertThat(LaunchMode.commandArgs("--reporting.now=2025-07-01T09:00", "status", "--period", "2025-06",
                "--spring.datasource.url=jdbc:postgresql://x/y"))
            .containsExactly("status", "--period", "2025-06");
    }

    @Test
    void aMistypedPeriodIsAUsageErrorSayingHowToWriteIt() {
        CommandLineRun.Result result = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl()).run(null, "status",
                "--period", "2025/13");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("YYYY-MM", "2025-06");
    }

    @Test
    void submittingAFileThatIsNotThereIsAUsageError() {
        CommandLineRun.Result result = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl()).run(null, "submit",
                workspace.resolve("nope.xlsx").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("找不到文件");
    }

}
