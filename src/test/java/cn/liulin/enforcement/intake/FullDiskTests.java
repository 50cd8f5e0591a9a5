package cn.liulin.enforcement.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The shared folder fills up in the middle of a run (a small tmpfs of its own): the run
 * fails, no half receipt is left behind, and the first run after space is freed finishes
 * every file as if it were the first.
 */
class FullDiskTests {

    private static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计",
            "涉企行政强制");

    @TempDir
    Path workspace;

    private Path shared;

    private boolean mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", shared.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void aFullSharedFolderFailsTheRunAndTheNextRunAfterSpaceIsFreedFinishesEveryFile() throws Exception {
        shared = Files.createDirectories(workspace.resolve("shared-reports"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", shared.toString())
            .redirectErrorStream(true)
            .start();
        mounted = mount.waitFor() == 0;
        assumeTrue(mounted, "需要以 root 运行才能挂载一个小的 tmpfs 来模拟磁盘已满");
        Path filler = shared.resolve("占满.bin");
        try (var out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            for (int i = 0; i < 64; i++) {
                out.write(block);
            }
        }
        catch (java.io.IOException full) {
            // the folder is full now
        }
        Path inbox = Files.createDirectories(workspace.resolve("inbox"));
        String[] sections = { "执法股", "危险化学品安全监督管理股", "煤矿安全监督管理股" };
        for (String section : sections) {
            SampleFiles.write(inbox.resolve(section + ".csv"), Format.CSV_UTF8_BOM, HEADER,
                    List.of(List.of(section, "2025-06", 3, 2, 1, 1, 0, 0)));
        }
        Files.writeString(inbox.resolve("坏.csv"), String.join(",", HEADER) + "\n无此股室,2025-06,1,1,0,0,0,0\n");
        String databaseUrl = TestDatabase.newDatabaseUrl();
        CommandLineRun cli = new CommandLineRun(workspace, databaseUrl);

        CommandLineRun.Result full = cli.run("2025-07-02T10:00", "ingest");
        assertThat(full.exitCode()).as(full.out() + full.err()).isEqualTo(1);
        // The command lists no receipt it could not write.
        assertThat(full.out()).contains("FAILED", "未写成").doesNotContain(".回执.txt");
        assertNoHalfReceipts();

        Files.delete(filler);
        CommandLineRun.Result freed = cli.run("2025-07-05T10:00", "ingest");
        assertThat(freed.exitCode()).as(freed.out() + freed.err()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        for (String name : List.of("执法股.csv", "危险化学品安全监督管理股.csv", "煤矿安全监督管理股.csv", "坏.csv")) {
            var receipt = json.readTree(shared.resolve("回执/" + name + ".receipt.json").toFile());
            assertThat(receipt.get("status").asString()).isEqualTo(name.equals("坏.csv") ? "REJECTED" : "ACCEPTED");
            // Seen first on 07-02, before the deadline, whatever day it was finished.
            assertThat(receipt.get("receivedAt").asString()).isEqualTo("2025-07-02T10:00+08:00");
            assertThat(shared.resolve("回执/" + name + ".回执.txt")).exists();
        }
        assertNoHalfReceipts();
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left).isEmpty();
        }
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(databaseUrl));
        List<String> archived = jdbc.sql("select archived_as from inbox_file order by id").query(String.class).list();
        assertThat(archived).hasSize(4)
            .allSatisfy(path -> assertThat(workspace.resolve("archive").resolve(path)).exists());
        assertThat(jdbc.sql("select count(*) from inbox_file where status = 'DUPLICATE'").query(Long.class).single())
            .isZero();
    }

    /**
     * Every receipt in the folder is whole: its JSON parses and its text twin is there.
     */
    private void assertNoHalfReceipts() throws Exception {
        Path folder = shared.resolve("回执");
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> receipts = Files.list(folder)) {
            for (Path receipt : receipts.filter(path -> path.toString().endsWith(".receipt.json")).toList()) {
                JsonMapper.builder().build().readTree(receipt.toFile());
                String name = receipt.getFileName().toString().replace(".receipt.json", "");
                assertThat(folder.resolve(name + ".回执.txt")).exists();
            }
        }
    }

}
