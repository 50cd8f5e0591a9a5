package cn.liulin.enforcement.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.intake.Ingest;
import cn.liulin.enforcement.intake.IngestRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Loads the demo year through the same inbox as real files: each batch is put in the
 * inbox and read by {@code ingestJob} with the time it "arrived", so late and on-time
 * submissions come out as they would. Loads once: a second demo finds the data already
 * there.
 */
@Component
public class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final Ingest ingest;

    private final JdbcClient jdbc;

    DemoLoader(Ingest ingest, JdbcClient jdbc) {
        this.ingest = ingest;
        this.jdbc = jdbc;
    }

    /** How far loading has come, for a progress line. */
    @FunctionalInterface
    public interface Progress {

        void done(int files, int total);

    }

    /** The demo's own day, unless {@code reporting.now} gives another. */
    public static LocalDateTime now() {
        return DemoScenario.NOW;
    }

    public ReportingPeriod showcasePeriod() {
        return new ReportingPeriod(DemoScenario.SHOWCASE);
    }

    /** The months the demo has data for. */
    public List<ReportingPeriod> periods() {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            periods.add(ReportingPeriod.of(DemoScenario.YEAR, month));
        }
        return periods;
    }

    /**
     * @return the ingest runs made, empty when the demo year was loaded before
     */
    public List<IngestRun> load(Progress progress) {
        List<DemoScenario.DemoFile> files = DemoScenario.files();
        boolean loaded = jdbc.sql("select count(*) from inbox_file where file_name = :name")
            .param("name", files.get(0).name())
            .query(Integer.class)
            .single() > 0;
        if (loaded) {
            log.info("演示数据此前已载入，不再重复载入");
            return List.of();
        }
        Map<LocalDateTime, List<DemoScenario.DemoFile>> batches = new TreeMap<>();
        files.forEach(file -> batches.computeIfAbsent(file.receivedAt(), t -> new ArrayList<>()).add(file));
        List<IngestRun> runs = new ArrayList<>();
        Path work = null;
        try {
            work = Files.createTempDirectory("demo-files");
            int done = 0;
            for (var batch : batches.entrySet()) {
                List<Path> written = new ArrayList<>();
                for (DemoScenario.DemoFile file : batch.getValue()) {
                    written
                        .add(SampleFiles.write(work.resolve(file.name()), file.format(), file.header(), file.rows()));
                }
                Instant receivedAt = batch.getKey().atZone(BureauZone.ZONE).toInstant();
                ingest.putInInbox(written, receivedAt);
                runs.add(ingest.run(receivedAt));
                done += batch.getValue().size();
                log.info("演示数据：已报送 {}/{} 个文件（{}）", done, files.size(), batch.getKey());
                progress.done(done, files.size());
            }
            return runs;
        }
        catch (IOException e) {
            throw new UncheckedIOException("无法生成演示文件：" + e.getMessage(), e);
        }
        finally {
            if (work != null) {
                try {
                    FileSystemUtils.deleteRecursively(work);
                }
                catch (IOException e) {
                    log.debug("临时目录 {} 未能删除", work, e);
                }
            }
        }
    }

}
