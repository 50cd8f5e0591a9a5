package cn.liulin.enforcement.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;

import cn.liulin.enforcement.core.FileHashes;
import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file still being copied into the inbox is never read half (spec §7,
 * {@code reporting.inbox-settle}): {@code ingest} waits for it within the settle time,
 * leaves a file that goes on changing for the next run, and archives exactly the bytes
 * its receipt describes.
 */
class SettlingInboxTests {

    private static final String HEADER = "股室,统计月份,行政检查合计,涉企行政检查,行政处罚合计,涉企行政处罚,行政强制合计,涉企行政强制\n";

    @TempDir
    Path workspace;

    private final JsonMapper json = JsonMapper.builder().build();

    private static String row(String section) {
        return section + ",2025-06,3,2,1,1,0,0\n";
    }

    private JsonNode receipt(String name) {
        return json.readTree(workspace.resolve("shared-reports/回执/" + name + ".receipt.json").toFile());
    }

    @Test
    void aFileWrittenInTwoHalvesIsNeverReadHalf() throws Exception {
        CommandLineRun cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl(),
                "--reporting.inbox-settle=3s");
        Path file = Files.createDirectories(workspace.resolve("inbox")).resolve("汇总.csv");
        Files.writeString(file, HEADER + row("执法股") + row("危险化学品安全监督管理股"), StandardCharsets.UTF_8);
        CompletableFuture<Void> secondHalf = CompletableFuture.runAsync(() -> {
            pause(1500);
            append(file, row("煤矿安全监督管理股") + row("工贸行业安全监督管理股"));
        });
        CommandLineRun.Result result = cli.run("2025-07-02T10:00", "ingest");
        secondHalf.join();
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path receipt = workspace.resolve("shared-reports/回执/汇总.csv.receipt.json");
        if (!Files.exists(receipt)) {
            // The second half came while the run waited: the file was left whole for the
            // next run.
            assertThat(result.out()).contains("仍在收件箱", "汇总.csv");
            CommandLineRun.Result next = cli.run("2025-07-02T10:10", "ingest");
            assertThat(next.exitCode()).as(next.err()).isZero();
        }
        assertThat(receipt("汇总.csv").get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(receipt("汇总.csv").get("rows").asInt()).isEqualTo(4);
        try (var archived = Files.walk(workspace.resolve("archive/accepted"))) {
            Path copy = archived.filter(Files::isRegularFile).findFirst().orElseThrow();
            assertThat(FileHashes.sha256(copy)).isEqualTo(receipt("汇总.csv").get("sha256").asString());
        }
    }

    @Test
    void aFileStillChangingAfterTheSettleTimeIsLeftForTheNextRunThenReadWhole() throws Exception {
        CommandLineRun cli = new CommandLineRun(workspace, TestDatabase.newDatabaseUrl(),
                "--reporting.inbox-settle=2s");
        Path file = Files.createDirectories(workspace.resolve("inbox")).resolve("慢慢复制.csv");
        Files.writeString(file, HEADER, StandardCharsets.UTF_8);
        String[] sections = { "执法股", "危险化学品安全监督管理股", "煤矿安全监督管理股", "工贸行业安全监督管理股", "防灾减灾股", "综合监管股" };
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (String section : sections) {
                pause(1500);
                append(file, row(section));
            }
        });
        CommandLineRun.Result first = cli.run("2025-07-02T10:00", "ingest");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("仍在收件箱", "慢慢复制.csv");
        assertThat(first.err()).contains("慢慢复制.csv：仍在写入");
        assertThat(workspace.resolve("shared-reports/回执/慢慢复制.csv.receipt.json")).doesNotExist();
        assertThat(file).exists();
        writer.join();

        CommandLineRun.Result second = cli.run("2025-07-05T10:00", "ingest");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(receipt("慢慢复制.csv").get("rows").asInt()).isEqualTo(sections.length);
        // First seen on 07-02, before the deadline: on time, although read on 07-05.
        assertThat(receipt("慢慢复制.csv").get("receivedAt").asString()).isEqualTo("2025-07-02T10:00+08:00");
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
