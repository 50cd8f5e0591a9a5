package cn.liulin.enforcement.benchmark;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

import org.springframework.util.FileSystemUtils;

/**
 * How the job's cost grows, against the limits of its own engines, in one run on one
 * PostgreSQL: ingest of the monthly rows against PostgreSQL's own COPY of the same rows;
 * the 月报 of every section at 256 MB of heap against a bare JasperReports fill and export
 * of the same rows; both at full size and at a tenth; and a county's 月报 from the command
 * line against the same jar starting with no work. Job times come from Spring Batch's own
 * records (start to end), wall times include the JVM's start.
 *
 * <p>
 * Run: {@code ./mvnw -Pbench -DskipTests verify} (or with
 * {@code -Dbench.sections=3000 -Dbench.runs=1}).
 */
public final class ScaleBenchmark {

    private static final String NOW = "2025-11-10T09:00";

    private static final YearMonth LAST_MONTH = YearMonth.of(2025, 10);

    private final Path jar;

    private final Path work;

    private final EmbeddedPostgres postgres;

    private final int runs;

    private int databases;

    private ScaleBenchmark(Path jar, Path work, EmbeddedPostgres postgres, int runs) {
        this.jar = jar;
        this.work = work;
        this.postgres = postgres;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        int sections = Integer.getInteger("bench.sections", 30_000);
        int months = Integer.getInteger("bench.months", 34);
        int runs = Integer.getInteger("bench.runs", 5);
        Path jar = Path.of(System.getProperty("bench.jar", "target/enforcement-reporting.jar")).toAbsolutePath();
        Path work = Files.createTempDirectory("scale-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            ScaleBenchmark bench = new ScaleBenchmark(jar, work, postgres, runs);
            List<String> table = new ArrayList<>();
            table.add("| measure | size | job (median) | baseline (median) | ratio | target |");
            table.add("|---|---|---|---|---|---|");
            Result small = bench.scale(sections / 10, months);
            Result full = bench.scale(sections, months);
            for (Result r : List.of(small, full)) {
                table.add("| ingest vs COPY | %,d rows | %.2f s | %.2f s | %.2f | <= 2 |".formatted(r.rows, r.ingest,
                        r.copy, r.ingest / r.copy));
                table.add(
                        ("| (ingest vs COPY into a table shaped like monthly_count: same key, index and checks) | %,d rows "
                                + "| %.2f s | %.2f s | %.2f | for reference |")
                            .formatted(r.rows, r.ingest, r.shaped, r.ingest / r.shaped));
                table.add(
                        "| 月报 PDF+XLSX vs bare JasperReports (-Xmx256m) | %,d sections | %.2f s | %.2f s | %.2f | <= 1.5 |"
                            .formatted(r.sections, r.report, r.bare, r.report / r.bare));
            }
            for (Result r : List.of(small, full)) {
                table.add(
                        "| 报送看板 over HTTP (year %d read anew / then its last of %.0f pages) | %,d sections | %.3f s / %.3f s | | | < 1 s |"
                            .formatted(LAST_MONTH.getYear(), r.board[2], r.sections, r.board[0], r.board[1]));
                table.add(
                        "| (the same after vacuum analyze, as autovacuum leaves it) | %,d sections | %.3f s / %.3f s | | | < 1 s |"
                            .formatted(r.sections, r.board[3], r.board[4]));
            }
            table.add("| growth of ingest, 10x rows | %,d -> %,d rows | %.2f s -> %.2f s | | %.2fx | <= 11x |"
                .formatted(small.rows, full.rows, small.ingest, full.ingest, full.ingest / small.ingest));
            table.add("| growth of 月报, 10x sections | %,d -> %,d | %.2f s -> %.2f s | | %.2fx | <= 11x |"
                .formatted(small.sections, full.sections, small.report, full.report, full.report / small.report));
            int province = Integer.getInteger("bench.province", 300_000);
            if (province > 0) {
                double[] huge;
                try {
                    huge = bench.province(province);
                }
                catch (IllegalStateException e) {
                    // Said in the table rather than stopping the other measures.
                    System.out.println("province run failed: " + e.getMessage()
                        .lines()
                        .filter(l -> l.contains("Java heap space") || l.startsWith("错误") || l.startsWith("失败"))
                        .findFirst()
                        .orElse(e.getMessage().lines().findFirst().orElse("")));
                    huge = new double[] { Double.NaN, Double.NaN };
                }
                table.add(
                        "| 月报 PDF+XLSX, once, -Xmx256m (bare JasperReports without a virtualizer runs out near 150,000) "
                                + "| %,d sections | %.2f s | peak heap %.0f MB | | fits in 256 MB |".formatted(province,
                                        huge[0], huge[1]));
            }
            int inspections = Integer.getInteger("bench.inspections", 1_000_000);
            if (inspections > 0) {
                double[] year = bench.inspections(inspections, inspections / 5);
                table.add("| ingest a province's year of 入企检查登记 | %,d rows, %,d enterprises | %.2f s | | | |"
                    .formatted(inspections, inspections / 5, year[0]));
                table.add("| the month's warnings (入企检查情况及预警清单 job) | %,d rows | %.2f s | | | < 60 s |"
                    .formatted(inspections, year[1]));
            }
            double[] county = bench.county();
            table.add("| county 月报 command vs idle start (wall) | 12 sections | %.2f s | %.2f s | %.2f | <= 1.5 |"
                .formatted(county[0], county[1], county[0] / county[1]));
            System.out.println();
            System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                    + System.getProperty("java.version") + ", PostgreSQL (embedded) " + bench.version());
            table.forEach(System.out::println);
        }
        finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    private record Result(int sections, int rows, double ingest, double copy, double shaped, double report, double bare,
            double[] board) {
    }

    private Result scale(int sections, int months) throws Exception {
        Path dir = Files.createDirectories(work.resolve("s" + sections));
        DataGenerator.DataSet data = DataGenerator.generate(dir, sections, months, 10_000, LAST_MONTH);
        System.out.printf("%n== %,d sections x %d months = %,d rows ==%n", sections, months, data.rows());
        List<Double> ingest = new ArrayList<>();
        List<Double> copy = new ArrayList<>();
        List<Double> shaped = new ArrayList<>();
        String url = null;
        for (int run = 0; run < runs; run++) {
            url = newDatabase();
            Path inbox = Files.createDirectories(dir.resolve("run" + run + "/inbox"));
            try (var files = Files.list(data.inbox())) {
                for (Path file : files.toList()) {
                    Files.copy(file, inbox.resolve(file.getFileName()));
                }
            }
            cli(dir.resolve("run" + run), url, data.sections(), "512m", "ingest");
            ingest.add(jobSeconds(url, "ingestJob"));
            copy.add(copySeconds(url, data.copyCsv(), """
                    create table copy_baseline (section_code varchar(32), period date, inspection_total int,
                        inspection_enterprise int, penalty_total int, penalty_enterprise int, coercion_total int,
                        coercion_enterprise int)""", "copy_baseline"));
            shaped.add(copySeconds(url, data.shapedCsv(), "create table copy_shaped (like monthly_count including all)",
                    "copy_shaped"));
            System.out.printf("run %d: ingest %.2f s, COPY %.2f s, COPY into monthly_count's shape %.2f s%n", run + 1,
                    ingest.get(run), copy.get(run), shaped.get(run));
        }
        List<Double> report = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            cli(dir.resolve("run0"), url, data.sections(), "256m", "report", "monthly", "--period",
                    LAST_MONTH.toString(), "--force");
            report.add(jobSeconds(url, "monthlyReportJob"));
            bare.add(bareSeconds(url, dir.resolve("bare")));
            System.out.printf("run %d: 月报 %.2f s, bare %.2f s%n", run + 1, report.get(run), bare.get(run));
        }
        double[] board = ConsoleBoardTiming.measure(jar, dir.resolve("run0"), url, data.sections(), NOW,
                LAST_MONTH.getYear(), runs);
        return new Result(sections, data.rows(), median(ingest), median(copy), median(shaped), median(report),
                median(bare), board);
    }

    /**
     * A province's 月报 once, at -Xmx256m: its job's seconds and the highest heap in use
     * before any collection, read from the GC log.
     */
    private double[] province(int sections) throws Exception {
        Path dir = Files.createDirectories(work.resolve("province"));
        DataGenerator.DataSet data = DataGenerator.generate(dir, sections, 1, 10_000, LAST_MONTH);
        System.out.printf("%n== %,d sections x 1 month ==%n", sections);
        String url = newDatabase();
        Path inbox = Files.createDirectories(dir.resolve("run/inbox"));
        try (var files = Files.list(data.inbox())) {
            for (Path file : files.toList()) {
                Files.copy(file, inbox.resolve(file.getFileName()));
            }
        }
        cli(dir.resolve("run"), url, data.sections(), "1g", "ingest");
        Path gcLog = dir.resolve("gc.log");
        cli(dir.resolve("run"), url, data.sections(), "256m", "-Xlog:gc:file=" + gcLog, "report", "monthly", "--period",
                LAST_MONTH.toString());
        double seconds = jobSeconds(url, "monthlyReportJob");
        double peak = Files.readAllLines(gcLog)
            .stream()
            .map(GC_BEFORE::matcher)
            .filter(java.util.regex.Matcher::find)
            .mapToDouble(m -> Double.parseDouble(m.group(1)))
            .max()
            .orElse(Double.NaN);
        System.out.printf("province: 月报 %.2f s, peak heap %.0f MB%n", seconds, peak);
        return new double[] { seconds, peak };
    }

    /**
     * {@code Pause Young (Normal) (G1 Evacuation Pause) 120M->40M(256M)}: the heap in use
     * before a collection.
     */
    private static final java.util.regex.Pattern GC_BEFORE = java.util.regex.Pattern.compile(" (\\d+)M->\\d+M\\(");

    /**
     * Seconds to ingest a year of inspection lists, and of the last month's report with
     * its warnings.
     */
    private double[] inspections(int rows, int enterprises) throws Exception {
        Path dir = Files.createDirectories(work.resolve("inspections"));
        Path sections = InspectionData.generate(dir, dir.resolve("run/inbox"), rows, enterprises, LAST_MONTH);
        System.out.printf("%n== %,d inspections at %,d enterprises ==%n", rows, enterprises);
        String url = newDatabase();
        cli(dir.resolve("run"), url, sections, "1g", "ingest");
        double ingest = jobSeconds(url, "ingestJob");
        cli(dir.resolve("run"), url, sections, "512m", "report", "inspections", "--period", LAST_MONTH.toString());
        double report = jobSeconds(url, "inspectionsReportJob");
        System.out.printf("inspections: ingest %.2f s, warnings and report %.2f s%n", ingest, report);
        return new double[] { ingest, report };
    }

    /**
     * Wall seconds of a county's 月报 and of the same jar starting and exiting with nothing
     * to do.
     */
    private double[] county() throws Exception {
        Path dir = Files.createDirectories(work.resolve("county"));
        DataGenerator.DataSet data = DataGenerator.generate(dir, 12, 1, 0, LAST_MONTH);
        String url = newDatabase();
        cli(dir, url, data.sections(), "512m", "ingest");
        List<Double> report = new ArrayList<>();
        List<Double> idle = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            report.add(cli(dir, url, data.sections(), "512m", "report", "monthly", "--period", LAST_MONTH.toString(),
                    "--force"));
            idle.add(cli(dir, url, data.sections(), "512m", "jobs", "--limit", "1"));
        }
        System.out.printf("county: 月报 %s s, idle %s s%n", report, idle);
        return new double[] { median(report), median(idle) };
    }

    private double cli(Path dir, String url, Path sections, String heap, String... command) throws Exception {
        List<String> args = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
        // JVM options (-Xlog:...) given with the command go before the jar.
        Arrays.stream(command).filter(arg -> arg.startsWith("-X")).forEach(args::add);
        command = Arrays.stream(command).filter(arg -> !arg.startsWith("-X")).toArray(String[]::new);
        args.addAll(List.of("-jar", jar.toString(), "--spring.datasource.url=" + url,
                "--reporting.sections=" + sections, "--reporting.now=" + NOW,
                "--reporting.inbox-dir=" + dir.resolve("inbox"), "--reporting.archive-dir=" + dir.resolve("archive"),
                "--reporting.output-dir=" + dir.resolve("shared-reports"), "--reporting.inbox-settle=0s"));
        args.addAll(Arrays.asList(command));
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true)
            .redirectOutput(dir.resolve("cli.log").toFile());
        builder.environment().put("LANG", "C.UTF-8");
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " 失败，见 " + dir.resolve("cli.log") + "：\n"
                    + Files.readString(dir.resolve("cli.log")));
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private double bareSeconds(String url, Path out) throws Exception {
        Path log = Files.createDirectories(out).resolve("bare.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), BareJasper.class.getName(), url,
                LAST_MONTH.toString(), out.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("bare JasperReports failed:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        int at = output.lastIndexOf("bare-ms=");
        return Long.parseLong(output.substring(at + 8, output.indexOf(' ', at))) / 1000.0;
    }

    /** Start to end of the latest execution of the job, as Spring Batch recorded it. */
    private static double jobSeconds(String url, String job) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select extract(epoch from e.end_time - e.start_time), e.status from batch_job_execution e
                        join batch_job_instance i using (job_instance_id) where i.job_name = '%s'
                        order by e.job_execution_id desc limit 1""".formatted(job))) {
            rs.next();
            if (!"COMPLETED".equals(rs.getString(2))) {
                throw new IllegalStateException(job + " ended " + rs.getString(2));
            }
            return rs.getDouble(1);
        }
    }

    /**
     * PostgreSQL's own COPY of the CSV into a scratch table made by {@code create}, timed
     * from the first byte sent.
     */
    private static double copySeconds(String url, Path csv, String create, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(create);
            long started = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                connection.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " from stdin (format csv)", reader);
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private String newDatabase() throws Exception {
        String name = "bench_" + (++databases);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    private String version() throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

}
