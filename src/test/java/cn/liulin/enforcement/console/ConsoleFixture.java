package cn.liulin.enforcement.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.ConsoleServer;
import cn.liulin.enforcement.support.TestDatabase;

/**
 * A bureau in July 2025 as the console's tests find it: June's counts from two sections
 * (执法股 on time, 危化股 three days late), the accounts added with the {@code user} command,
 * and the scheduler with its console running on the 10th.
 */
final class ConsoleFixture implements AutoCloseable {

    static final String PASSWORD = "secret-2025";

    static final String NOW = "2025-07-10T09:00";

    static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计",
            "涉企行政强制");

    /**
     * The schedule's triggers are registered but do not fire while a test runs: the tests
     * start what they need themselves.
     */
    private static final List<String> NEVER = List.of("--reporting.schedule.ingest=0 0 0 1 1 ? 2099",
            "--reporting.schedule.reminder=0 0 0 1 1 ? 2099", "--reporting.schedule.phase-summary=0 0 0 1 1 ? 2099");

    /** The sections of config/sections.yml that report in 2025. */
    private static final List<String> REPORTING = List.of("ZFG", "WHK", "FMK", "MKA", "GMS", "ZFD", "YJG", "FZJ", "ZHJ",
            "JZ1", "JZ2", "JZ3");

    final Path workspace;

    final CommandLineRun cli;

    final ConsoleServer server;

    ConsoleFixture(Path workspace, String... settings) throws Exception {
        this.workspace = workspace;
        String database = TestDatabase.newDatabaseUrl();
        this.cli = new CommandLineRun(workspace, database, settings);
        Path outbox = Files.createDirectories(workspace.resolve("outbox"));
        // January to May: everyone on the 2nd of the next month, but 非煤股 never sent
        // March, 应急股 never sent
        // May and 综合股 sent April a week late.
        for (int month = 1; month <= 5; month++) {
            String period = "2025-0" + month;
            List<List<?>> rows = new java.util.ArrayList<>();
            for (String code : REPORTING) {
                boolean absent = (month == 3 && code.equals("FMK")) || (month == 5 && code.equals("YJG"))
                        || (month == 4 && code.equals("ZHJ"));
                if (!absent) {
                    rows.add(List.of(code, period, 4 + month, 3, 1, 1, 0, 0));
                }
            }
            submit(SampleFiles.write(outbox.resolve("汇总_" + period + ".csv"), Format.CSV_UTF8, HEADER, rows),
                    "2025-0" + (month + 1) + "-02T10:00");
        }
        submit(SampleFiles.write(outbox.resolve("综合股_2025-04.csv"), Format.CSV_UTF8, HEADER,
                List.of(List.of("ZHJ", "2025-04", 2, 2, 0, 0, 0, 0))), "2025-05-09T16:00");
        submit(SampleFiles.write(outbox.resolve("执法股_2025-06.csv"), Format.CSV_UTF8, HEADER,
                List.of(List.of("执法股", "2025-06", 8, 8, 1, 1, 0, 0))), "2025-07-02T10:00");
        submit(SampleFiles.write(outbox.resolve("危化股_2025-06.xlsx"), Format.XLSX, HEADER,
                List.of(List.of("危化股", "2025-06", 12, 10, 3, 2, 1, 1))), "2025-07-06T15:30");
        user("admin", "--role", "ADMIN");
        user("whk", "--role", "REPORTER", "--section", "WHK");
        user("sfj", "--role", "VIEWER");
        String[] quiet = java.util.stream.Stream.concat(java.util.Arrays.stream(settings), NEVER.stream())
            .toArray(String[]::new);
        this.server = ConsoleServer.start(workspace, database, NOW, quiet);
    }

    private void submit(Path file, String at) {
        CommandLineRun.Result result = cli.run(at, "submit", file.toString());
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    }

    private void user(String name, String... options) {
        String[] command = new String[options.length + 3];
        command[0] = "user";
        command[1] = "add";
        command[2] = name;
        System.arraycopy(options, 0, command, 3, options.length);
        CommandLineRun.Result result = cli.runWithInput(PASSWORD + "\n", NOW, command);
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("已新增账号 " + name);
    }

    /** A CSV of June's counts for {@code section}, written to the outbox. */
    Path countsFile(String fileName, String section, Object inspections) throws Exception {
        return SampleFiles.write(workspace.resolve("outbox").resolve(fileName), Format.CSV_UTF8, HEADER,
                List.of(List.of(section, "2025-06", inspections, 1, 0, 0, 0, 0)));
    }

    @Override
    public void close() {
        server.close();
    }

}
