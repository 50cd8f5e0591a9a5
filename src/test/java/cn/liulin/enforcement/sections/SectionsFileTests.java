package cn.liulin.enforcement.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import cn.liulin.enforcement.core.ReportingPeriod;
import org.junit.jupiter.api.Test;

class SectionsFileTests {

    private static SectionsFile.Contents read(String yaml) {
        return SectionsFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "sections.yml");
    }

    @Test
    void theRepositorysListIsValid() throws Exception {
        SectionsFile.Contents contents = SectionsFile.read(Files.newInputStream(Path.of("config/sections.yml")),
                "config/sections.yml");
        assertThat(contents.bureau()).isEqualTo("柳林县应急管理局");
        assertThat(contents.sections()).hasSizeBetween(10, 15);
        assertThat(contents.sections()).extracting(Section::name).contains("执法股", "应急管理综合行政执法队");
    }

    @Test
    void anEntryIsReadWithItsMonths() {
        var contents = read("""
                bureau: 柳林县应急管理局
                sections:
                  - code: ZFG
                    name: 执法股
                    aliases: [政策法规股]
                    reports: true
                    active-from: 2023-01
                    active-to: 2025-12
                """);
        Section zfg = contents.sections().get(0);
        assertThat(zfg.aliases()).containsExactly("政策法规股");
        assertThat(zfg.activeTo()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(zfg.mustReport(ReportingPeriod.of(2025, 12))).isTrue();
        assertThat(zfg.mustReport(ReportingPeriod.of(2026, 1))).isFalse();
    }

    @Test
    void anAliasUsedByTwoSectionsIsRefused() {
        assertThatThrownBy(() -> read("""
                bureau: 局
                sections:
                  - {code: A, name: 甲股, aliases: [综合股], active-from: 2023-01}
                  - {code: B, name: 综合股, active-from: 2023-01}
                """)).isInstanceOf(SectionsFileException.class).hasMessageContaining("综合股").hasMessageContaining("重复");
    }

    @Test
    void aBadMonthSaysHowToWriteIt() {
        assertThatThrownBy(() -> read("""
                bureau: 局
                sections:
                  - {code: A, name: 甲股, active-from: 2023年1月}
                """)).hasMessageContaining("YYYY-MM");
    }

    @Test
    void aSectionWithoutActiveFromHasAlwaysReported() {
        Section section = read("""
                bureau: 局
                sections:
                  - {code: A, name: 甲股}
                """).sections().get(0);
        assertThat(section.mustReport(ReportingPeriod.of(2023, 1))).isTrue();
        assertThat(section.reports()).isTrue();
    }

    @Test
    void aMissingBureauIsRefused() {
        assertThatThrownBy(() -> read("sections: []")).hasMessageContaining("bureau");
    }

}
