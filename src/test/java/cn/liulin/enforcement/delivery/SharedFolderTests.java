package cn.liulin.enforcement.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SharedFolderTests {

    @TempDir
    Path root;

    private SharedFolder shared;

    @BeforeEach
    void folder() {
        shared = new SharedFolder(root, Clock.systemUTC());
    }

    @Test
    void aPublishedFileIsListedInTheManifestWithItsHash() throws Exception {
        Path file = shared.publish("2025-06", "月报.txt", 42, out -> out.write("内容".getBytes(StandardCharsets.UTF_8)));
        JsonNode manifest = JsonMapper.builder().build().readTree(root.resolve("2025-06/manifest.json").toFile());
        JsonNode entry = manifest.get("files").get(0);
        assertThat(entry.get("file").asString()).isEqualTo("月报.txt");
        assertThat(entry.get("sha256").asString()).isEqualTo(cn.liulin.enforcement.core.FileHashes.sha256(file));
        assertThat(entry.get("jobExecutionId").asLong()).isEqualTo(42);
    }

    @Test
    void aFailedWriteLeavesNothingUnderTheName() throws Exception {
        assertThatThrownBy(() -> shared.publish("2025-06", "月报.pdf", 1, out -> {
            out.write(new byte[1000]);
            throw new IOException("渲染失败");
        })).hasRootCauseMessage("渲染失败");
        assertThat(root.resolve("2025-06/月报.pdf")).doesNotExist();
        try (Stream<Path> incoming = Files.list(root.resolve(SharedFolder.INCOMING))) {
            assertThat(incoming).isEmpty();
        }
    }

    @Test
    void whenTheSecondFileOfAReportFailsNeitherAppears() throws Exception {
        assertThatThrownBy(() -> shared.publish("2025-06", 7, java.util.List.of(),
                java.util.List.of(new SharedFolder.Pending("月报.pdf", out -> out.write(new byte[] { 1, 2, 3 })),
                        new SharedFolder.Pending("月报.xlsx", out -> {
                            throw new IOException("导出 Excel 失败");
                        }))))
            .hasRootCauseMessage("导出 Excel 失败");
        assertThat(root.resolve("2025-06/月报.pdf")).doesNotExist();
        assertThat(root.resolve("2025-06/月报.xlsx")).doesNotExist();
        assertThat(root.resolve("2025-06/manifest.json")).doesNotExist();
    }

    @Test
    void aDeliveredFileIsNeverOverwritten() {
        shared.publish("2025-06", "月报.txt", 1, out -> out.write(1));
        assertThatThrownBy(() -> shared.publish("2025-06", "月报.txt", 2, out -> out.write(2)))
            .hasMessageContaining("不覆盖");
    }

    @Test
    void aFileMovedAsideKeepsItsManifestEntry() throws Exception {
        shared.publish("回执", "a.csv.回执.txt", 1, out -> out.write(1));
        shared.moveAside("回执", "a.csv.回执.txt", "a.csv.20250702-100000.回执.txt");
        assertThat(root.resolve("回执/a.csv.20250702-100000.回执.txt")).exists();
        assertThat(Files.readString(root.resolve("回执/manifest.json"))).contains("a.csv.20250702-100000.回执.txt")
            .doesNotContain("\"a.csv.回执.txt\"");
    }

}
