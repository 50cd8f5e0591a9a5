package cn.liulin.enforcement.sections;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.intake.SectionLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bureau's sections: synced from config/sections.yml into the database at start, then
 * looked up by code, name or alias. A section dropped from the file is delisted from the
 * current month on, never deleted, so its history still reports.
 */
public class SectionDirectory implements SectionLookup {

    private static final Logger log = LoggerFactory.getLogger(SectionDirectory.class);

    private final JdbcClient jdbc;

    private final JdbcTemplate jdbcTemplate;

    private final String bureau;

    private final List<Section> sections;

    private final Map<String, Section> byKey = new HashMap<>();

    SectionDirectory(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions, Path file,
            Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        SectionsFile.Contents contents = read(file);
        this.bureau = contents.bureau();
        YearMonth current = YearMonth.now(clock);
        transactions.executeWithoutResult(status -> sync(contents.sections(), current));
        this.sections = jdbc.sql("select * from section order by delisted_from nulls first, sort_order, code")
            .query(SectionDirectory::map)
            .list();
        for (Section section : sections) {
            byKey.put(SectionNames.normalize(section.code()), section);
            byKey.put(SectionNames.normalize(section.name()), section);
            section.aliases().forEach(alias -> byKey.putIfAbsent(SectionNames.normalize(alias), section));
        }
        log.info("股室名单 {}：{} 个股室，其中 {} 个须按月报送", file, contents.sections().size(),
                contents.sections().stream().filter(Section::reports).count());
    }

    public String bureau() {
        return bureau;
    }

    /** Every section ever listed, current ones first in the file's order. */
    public List<Section> all() {
        return sections;
    }

    /** The sections that must report for the period, in the file's order. */
    public List<Section> mustReport(ReportingPeriod period) {
        return sections.stream().filter(section -> section.mustReport(period)).toList();
    }

    /** By code, name or alias, ignoring spaces, width and letter case. */
    public Optional<Section> find(String codeNameOrAlias) {
        if (codeNameOrAlias == null || codeNameOrAlias.isBlank()) {
            return Optional.empty();
        }
        // A key as written is already in normal form (normalising is idempotent): most
        // rows hit it directly.
        Section exact = byKey.get(codeNameOrAlias);
        return Optional.ofNullable(exact != null ? exact : byKey.get(SectionNames.normalize(codeNameOrAlias)));
    }

    @Override
    public Optional<String> codeOf(String named) {
        return find(named).map(Section::code);
    }

    /** {@code 执法股（ZFG）、危化股（WHG）}; a code no longer listed is shown as it is. */
    @Override
    public String describe(Collection<String> codes) {
        return codes.stream()
            .map(code -> find(code).map(section -> section.name() + "（" + section.code() + "）").orElse(code))
            .collect(Collectors.joining("、"));
    }

    private static SectionsFile.Contents read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return SectionsFile.read(in, file.toString());
        }
        catch (NoSuchFileException e) {
            throw new SectionsFileException("找不到股室名单 " + file.toAbsolutePath()
                    + "：请在工作目录下放置 config/sections.yml，或用 --reporting.sections=路径 指定");
        }
        catch (IOException e) {
            throw new SectionsFileException("无法读取股室名单 " + file + "：" + e.getMessage());
        }
    }

    private void sync(List<Section> listed, YearMonth current) {
        // One batch for the whole list: a province's tens of thousands of sections sync
        // in seconds.
        jdbcTemplate.batchUpdate("""
                insert into section (code, name, aliases, reports, active_from, active_to, delisted_from, sort_order)
                values (?, ?, ?, ?, ?, ?, null, ?)
                on conflict (code) do update set name = excluded.name, aliases = excluded.aliases,
                    reports = excluded.reports, active_from = excluded.active_from,
                    active_to = excluded.active_to, delisted_from = null, sort_order = excluded.sort_order
                """, listed, 1000, (ps, section) -> {
            ps.setString(1, section.code());
            ps.setString(2, section.name());
            ps.setArray(3, ps.getConnection().createArrayOf("text", section.aliases().toArray()));
            ps.setBoolean(4, section.reports());
            ps.setDate(5, Date.valueOf(section.activeFrom().atDay(1)));
            ps.setDate(6, section.activeTo() == null ? null : Date.valueOf(section.activeTo().atDay(1)));
            ps.setInt(7, section.sortOrder());
        });
        List<String> codes = listed.stream().map(Section::code).toList();
        int delisted = jdbc.sql("""
                update section set delisted_from = :current
                where delisted_from is null and not (code = any(:codes))
                """)
            .param("current", Date.valueOf(current.atDay(1)))
            .param("codes", codes.toArray(String[]::new))
            .update();
        if (delisted > 0) {
            log.warn("{} 个股室已不在股室名单中：自 {} 起不再要求报送，历史数据保留", delisted, current);
        }
    }

    private static Section map(ResultSet rs, int row) throws SQLException {
        Array aliases = rs.getArray("aliases");
        return new Section(rs.getString("code"), rs.getString("name"), Arrays.asList((String[]) aliases.getArray()),
                rs.getBoolean("reports"), month(rs.getDate("active_from")), month(rs.getDate("active_to")),
                month(rs.getDate("delisted_from")), rs.getInt("sort_order"));
    }

    private static YearMonth month(Date date) {
        return date == null ? null : YearMonth.from(date.toLocalDate());
    }

}
