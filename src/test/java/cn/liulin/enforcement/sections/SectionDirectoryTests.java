package cn.liulin.enforcement.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;

import cn.liulin.enforcement.core.BureauZone;
import cn.liulin.enforcement.core.ReportingPeriod;
import cn.liulin.enforcement.support.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Syncing sections.yml into PostgreSQL: a dropped section is delisted from that month on,
 * never deleted.
 */
class SectionDirectoryTests {

    @TempDir
    Path dir;

    private HikariDataSource dataSource;

    @BeforeEach
    void database() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestDatabase.newDatabaseUrl());
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    private SectionDirectory load(String yaml, String now) throws Exception {
        Path file = Files.writeString(dir.resolve("sections.yml"), yaml);
        Clock clock = Clock.fixed(LocalDateTime.parse(now).atZone(BureauZone.ZONE).toInstant(), BureauZone.ZONE);
        return new SectionDirectory(JdbcClient.create(dataSource),
                new org.springframework.jdbc.core.JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), file, clock);
    }

    @Test
    void sectionsAreFoundByCodeNameOrAliasIgnoringSpacesAndWidth() throws Exception {
        SectionDirectory directory = load("""
                bureau: 柳林县应急管理局
                sections:
                  - {code: WHK, name: 危险化学品安全监督管理股, aliases: [危化股], active-from: 2023-01}
                """, "2025-07-01T09:00");
        assertThat(directory.find("whk")).isPresent();
        assertThat(directory.find(" 危化 股 ")).isPresent();
        assertThat(directory.find("危险化学品安全监督管理股")).isPresent();
        assertThat(directory.find("宣传股")).isEmpty();
        assertThat(directory.bureau()).isEqualTo("柳林县应急管理局");
    }

    @Test
    void aSectionDroppedFromTheFileStopsReportingButKeepsItsPast() throws Exception {
        load("""
                bureau: 局
                sections:
                  - {code: A, name: 甲股, active-from: 2023-01}
                  - {code: B, name: 乙股, active-from: 2023-01}
                """, "2025-01-10T09:00");
        SectionDirectory later = load("""
                bureau: 局
                sections:
                  - {code: A, name: 甲股, active-from: 2023-01}
                """, "2025-07-01T09:00");
        Section b = later.find("B").orElseThrow();
        assertThat(b.delistedFrom()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(later.mustReport(ReportingPeriod.of(2025, 6))).extracting(Section::code).containsExactly("A", "B");
        assertThat(later.mustReport(ReportingPeriod.of(2025, 7))).extracting(Section::code).containsExactly("A");

        SectionDirectory back = load("""
                bureau: 局
                sections:
                  - {code: A, name: 甲股, active-from: 2023-01}
                  - {code: B, name: 乙股（新）, active-from: 2023-01}
                """, "2025-09-01T09:00");
        assertThat(back.find("B").orElseThrow().delistedFrom()).isNull();
        assertThat(back.find("B").orElseThrow().name()).isEqualTo("乙股（新）");
    }

}
