package cn.liulin.enforcement.reports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.liulin.enforcement.delivery.SharedFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts a report in the shared folder under its versioning rule: a report already
 * delivered with the same figures is not written again unless forced; a new version
 * ({@code _v2}) carries a change note (figure, old -> new) on its last page and in the
 * manifest. Nothing delivered is ever overwritten.
 */
public class ReportDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReportDelivery.class);

    private static final TypeReference<LinkedHashMap<String, String>> FIGURES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    private final SharedFolder shared;

    private final Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    public ReportDelivery(JdbcClient jdbc, SharedFolder shared, Clock clock) {
        this.jdbc = jdbc;
        this.shared = shared;
        this.clock = clock;
    }

    /**
     * Which report, for what (a period, a date range), in which folder, under which name.
     */
    public record Target(String report, String subject, String folder, String baseName) {
    }

    /**
     * What a report version will show: its figures by label, and the change note against
     * the previous one.
     */
    public record Version(int number, List<String> changes) {
    }

    /**
     * What delivery did: the files written in {@code location}, or the existing version
     * when nothing changed.
     */
    public record Delivered(boolean written, int version, Path location, List<String> files, List<String> changes) {
    }

    /** Whether the latest delivered version of the target shows exactly these figures. */
    public boolean isCurrent(Target target, Map<String, String> figures) {
        // Only the fingerprint: a province's figures are megabytes of JSON, and the
        // scheduler asks for every period.
        return jdbc.sql("""
                select fingerprint from delivered_report where report = :report and subject = :subject
                order by version desc limit 1
                """)
            .param("report", target.report())
            .param("subject", target.subject())
            .query(String.class)
            .optional()
            .map(fingerprint(figures)::equals)
            .orElse(false);
    }

    /**
     * Delivers, within the caller's transaction. A transaction-scoped advisory lock on
     * the target makes two runs (two nodes) deciding the same report's version take
     * turns: the second sees the first's version.
     */
    public Delivered deliver(ReportContent content, boolean force, long jobExecutionId) {
        Target target = content.target();
        Map<String, String> figures = content.figures();
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
            .param("key", target.report() + "/" + target.subject())
            .query()
            .singleValue();
        Optional<Previous> previous = latest(target);
        String fingerprint = fingerprint(figures);
        if (previous.isPresent() && previous.get().fingerprint().equals(fingerprint) && !force) {
            Previous last = previous.get();
            log.info("{} 第 {} 版已交付且数据未变，不再重复生成", last.fileBase(), last.version());
            return new Delivered(false, last.version(), shared.folder(target.folder()),
                    List.of(last.fileBase() + ".pdf", last.fileBase() + ".xlsx"), List.of());
        }
        int number = previous.map(p -> p.version() + 1).orElse(1);
        List<String> changes = previous.map(p -> changes(p.figures(), figures, content::describeChange))
            .orElse(List.of());
        if (previous.isPresent() && changes.isEmpty()) {
            changes = List.of("数据与第 " + previous.get().version() + " 版相同（按要求重新生成）");
        }
        String base = target.baseName() + (number > 1 ? "_v" + number : "");
        long started = System.nanoTime();
        int pages;
        try (ReportRenderer.Filled filled = content.render(new Version(number, changes))) {
            pages = filled.print().getPages().size();
            shared.publish(target.folder(), jobExecutionId, changes,
                    List.of(new SharedFolder.Pending(base + ".pdf", filled::writePdf),
                            new SharedFolder.Pending(base + ".xlsx", filled::writeXlsx)));
        }
        jdbc.sql(
                """
                        insert into delivered_report (report, subject, version, folder, file_base, fingerprint, figures, changes,
                            job_execution_id, delivered_at)
                        values (:report, :subject, :version, :folder, :base, :fingerprint, cast(:figures as jsonb),
                            cast(:changes as jsonb), :job, :at)
                        """)
            .param("report", target.report())
            .param("subject", target.subject())
            .param("version", number)
            .param("folder", target.folder())
            .param("base", base)
            .param("fingerprint", fingerprint)
            .param("figures", json.writeValueAsString(figures))
            .param("changes", json.writeValueAsString(changes))
            .param("job", jobExecutionId)
            .param("at", Timestamp.from(clock.instant()))
            .update();
        log.info("已交付 {}/{}.pdf 和 .xlsx（第 {} 版{}，{} 页，渲染和写出用时 {} ms）", target.folder(), base, number,
                changes.isEmpty() ? "" : "，" + changes.size() + " 处变更", pages,
                (System.nanoTime() - started) / 1_000_000);
        return new Delivered(true, number, shared.folder(target.folder()), List.of(base + ".pdf", base + ".xlsx"),
                changes);
    }

    /** The newest version delivered for a target, if any. */
    public Optional<Integer> latestVersion(Target target) {
        return latest(target).map(Previous::version);
    }

    private record Previous(int version, String fileBase, String fingerprint, Map<String, String> figures) {
    }

    private Optional<Previous> latest(Target target) {
        return jdbc.sql("""
                select version, file_base, fingerprint, figures from delivered_report
                where report = :report and subject = :subject order by version desc limit 1
                """)
            .param("report", target.report())
            .param("subject", target.subject())
            .query((rs, n) -> new Previous(rs.getInt(1), rs.getString(2), rs.getString(3),
                    json.readValue(rs.getString(4), FIGURES)))
            .optional();
    }

    /** Spells out one changed figure (label, old, new) as lines of the change note. */
    @FunctionalInterface
    public interface ChangeDescriber {

        List<String> describe(String label, String before, String after);

    }

    /**
     * Each figure whose value differs, as "label：old → new", in the new report's order.
     */
    static List<String> changes(Map<String, String> before, Map<String, String> after) {
        return changes(before, after, (label, old, now) -> List.of(label + "：" + old + " → " + now));
    }

    static List<String> changes(Map<String, String> before, Map<String, String> after, ChangeDescriber describer) {
        List<String> changes = new ArrayList<>();
        after.forEach((label, value) -> {
            String old = before.get(label);
            if (!Objects.equals(old, value)) {
                changes.addAll(describer.describe(label, old == null ? "（无）" : old, value));
            }
        });
        before.forEach((label, old) -> {
            if (!after.containsKey(label)) {
                changes.addAll(describer.describe(label, old, "（无）"));
            }
        });
        return changes;
    }

    /**
     * A stable hash of the figures (labels and values, in order): equal figures, equal
     * fingerprints.
     */
    public static String fingerprint(Map<String, String> figures) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            figures.forEach((label, value) -> {
                digest.update(label.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 1);
            });
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
