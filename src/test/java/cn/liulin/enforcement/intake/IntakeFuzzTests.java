package cn.liulin.enforcement.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.liulin.enforcement.demo.SampleFiles;
import cn.liulin.enforcement.demo.SampleFiles.Format;
import cn.liulin.enforcement.support.CommandLineRun;
import cn.liulin.enforcement.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Property-based fuzzing of the intake: good CSV and XLSX files are mutated at random
 * (bytes flipped, cut, inserted, chunks repeated; inside an .xlsx, its sheet's XML text),
 * and for every mutant the property holds: no exception escapes, it gets one verdict with
 * a reason, and nothing of a rejected file is loaded. Each mutant is made from a seed
 * printed on failure, so any failure can be replayed. {@code -Dfuzz.mutants=N} sets how
 * many; the benchmark profile runs thousands through {@link #main}.
 */
class IntakeFuzzTests {

    private static final List<String> HEADER = List.of("股室", "统计月份", "行政检查合计", "涉企行政检查", "行政处罚合计", "涉企行政处罚", "行政强制合计",
            "涉企行政强制", "填报人");

    private static final byte[] INSERTS = { 0, '"', ',', ';', '\n', '\r', '\t', (byte) 0xFF, (byte) 0xE4, '<', '>', '&',
            '=', '9' };

    @TempDir
    Path dir;

    /** Every mutant parsed without the database: a verdict always, an exception never. */
    @Test
    void everyMutantGetsAVerdictAndNoExceptionEscapesTheParser() throws Exception {
        int mutants = Integer.getInteger("fuzz.mutants", 400);
        Figures figures = fuzzParser(dir, mutants, 20261202L);
        assertThat(figures.accepted + figures.rejected).isEqualTo(mutants);
        assertThat(figures.rejected).isPositive();
    }

    /**
     * Mutants through the real job in one inbox: one receipt each, a completed run,
     * nothing loaded from a rejected one.
     */
    @Test
    void mutantsThroughTheJobGetOneReceiptEachAndRejectedOnesLoadNothing() throws Exception {
        int mutants = Math.max(20, Integer.getInteger("fuzz.mutants", 400) / 4);
        List<byte[]> seeds = seeds(dir);
        Path inbox = Files.createDirectories(dir.resolve("job/inbox"));
        for (int i = 0; i < mutants; i++) {
            Random random = new Random(7_000L + i);
            int seed = random.nextInt(seeds.size());
            Files.write(inbox.resolve("mutant-" + i + (seed == 2 ? ".xlsx" : ".csv")),
                    mutate(seeds.get(seed), seed == 2, random));
        }
        String databaseUrl = TestDatabase.newDatabaseUrl();
        CommandLineRun.Result result = new CommandLineRun(dir.resolve("job"), databaseUrl).run("2025-07-02T10:00",
                "ingest");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("COMPLETED");
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left).isEmpty();
        }
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<Path> receipts = Files.list(dir.resolve("job/shared-reports/回执"))) {
            List<Path> machine = receipts.filter(path -> path.toString().endsWith(".receipt.json")).toList();
            assertThat(machine).hasSize(mutants);
            assertThat(machine).allSatisfy(path -> assertThat(json.readTree(path.toFile()).get("status").asString())
                .isIn("ACCEPTED", "REJECTED", "DUPLICATE"));
        }
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(databaseUrl));
        assertThat(jdbc.sql("select count(*) from inbox_file").query(Long.class).single()).isEqualTo(mutants);
        assertThat(jdbc.sql("""
                select count(*) from monthly_count m join inbox_file f on f.id = m.file_id where f.status <> 'ACCEPTED'
                """).query(Long.class).single()).isZero();
    }

    record Figures(int accepted, int rejected, long millis) {
    }

    static Figures fuzzParser(Path dir, int mutants, long firstSeed) throws Exception {
        List<byte[]> seeds = seeds(dir);
        FileParser parser = new FileParser(List.of(new RecordingIntake()));
        int accepted = 0;
        int rejected = 0;
        long start = System.nanoTime();
        for (int i = 0; i < mutants; i++) {
            long seed = firstSeed + i;
            Random random = new Random(seed);
            int which = random.nextInt(seeds.size());
            boolean xlsx = which == 2;
            Path file = Files.write(dir.resolve("m" + (i % 8) + (xlsx ? ".xlsx" : ".csv")),
                    mutate(seeds.get(which), xlsx, random));
            ParsedFile<?> parsed;
            try {
                parsed = parser.parse(file, Instant.EPOCH);
            }
            catch (RuntimeException | Error e) {
                throw new AssertionError("变异文件（种子 " + seed + "）让读取抛出了异常", e);
            }
            if (parsed.accepted()) {
                accepted++;
            }
            else {
                assertThat(parsed.errors()).as("种子 " + seed).isNotEmpty();
                assertThat(parsed.records()).as("种子 " + seed).isEmpty();
                rejected++;
            }
        }
        return new Figures(accepted, rejected, (System.nanoTime() - start) / 1_000_000);
    }

    /** A good monthly-counts file as UTF-8 CSV, as GBK CSV and as XLSX. */
    static List<byte[]> seeds(Path dir) throws Exception {
        List<List<?>> rows = List.of(List.of("执法股", LocalDate.of(2025, 6, 1), 12, 10, 3, 2, 1, 1, "王丽"),
                List.of("危险化学品安全监督管理股", "2025年6月", 8, 8, "无", "无", 0, 0, "李强"),
                List.of("煤矿安全监督管理股", "2025/6", 3, 3, 0, 0, 0, 0, "赵敏"));
        List<byte[]> seeds = new ArrayList<>();
        for (Format format : List.of(Format.CSV_UTF8_BOM, Format.CSV_GBK, Format.XLSX)) {
            seeds.add(Files.readAllBytes(
                    SampleFiles.write(dir.resolve("seed-" + format + format.extension()), format, HEADER, rows)));
        }
        return seeds;
    }

    static byte[] mutate(byte[] seed, boolean xlsx, Random random) throws Exception {
        if (xlsx && random.nextBoolean()) {
            return mutateSheetXml(seed, random);
        }
        return mutateBytes(seed, random);
    }

    private static byte[] mutateBytes(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, Math.max(1, at));
                case 2 -> bytes = insert(bytes, at, new byte[] { INSERTS[random.nextInt(INSERTS.length)] });
                case 3 -> bytes = insert(bytes, at,
                        java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(64))));
                default -> bytes = insert(bytes, bytes.length, new byte[random.nextInt(512)]);
            }
        }
        return bytes;
    }

    /**
     * Mutates the text of the workbook's XML parts and zips them again, so the mutation
     * reaches the XML readers.
     */
    private static byte[] mutateSheetXml(byte[] seed, Random random) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path source = Files.createTempFile("seed", ".xlsx");
        Files.write(source, seed);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(source.toFile());
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content;
                try (var stream = in.getInputStream(entry)) {
                    content = stream.readAllBytes();
                }
                if (entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml")
                        || (entry.getName().equals("xl/styles.xml") && random.nextInt(4) == 0)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    String[] swaps = { "s=\"x\"", "t=\"s\"", "<f>1+1</f>", "r=\"ZZZZ9\"", "r=\"-1\"", "</row>",
                            "<v>1e400</v>", "<mergeCell ref=\"A1:A99\"/>", "t=\"e\"", "<v>99999</v>", "&amp;", "\u0000",
                            "date1904=\"1\"" };
                    int edits = 1 + random.nextInt(3);
                    for (int e = 0; e < edits && !xml.isEmpty(); e++) {
                        int at = random.nextInt(xml.length());
                        xml = xml.substring(0, at) + (random.nextBoolean() ? swaps[random.nextInt(swaps.length)] : "")
                                + xml.substring(Math.min(xml.length(), at + random.nextInt(8)));
                    }
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        finally {
            Files.deleteIfExists(source);
        }
        return out.toByteArray();
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    /**
     * The benchmark's long run: {@code -Dfuzz.mutants} mutants (5,000 unless set) through
     * the parser.
     */
    public static void main(String[] args) throws Exception {
        int mutants = Integer.getInteger("fuzz.mutants", 5000);
        Path dir = Files.createTempDirectory("fuzz");
        Figures figures = fuzzParser(dir, mutants, System.currentTimeMillis());
        System.out.printf("fuzz: %d mutants, %d accepted, %d rejected, 0 exceptions escaped, %.1f s%n", mutants,
                figures.accepted(), figures.rejected(), figures.millis() / 1000.0);
    }

}
