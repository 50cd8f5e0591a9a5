package cn.liulin.enforcement.console.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadNamesTests {

    @Test
    void aPlainNameIsKept() {
        assertThat(UploadNames.clean("危化股_2025年6月.xlsx")).isEqualTo("危化股_2025年6月.xlsx");
    }

    @Test
    void foldersAreDropped() {
        assertThat(UploadNames.clean("C:\\fakepath\\执法股.csv")).isEqualTo("执法股.csv");
        assertThat(UploadNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadNames.clean("..\\..\\config\\sections.yml")).isEqualTo("sections.yml");
    }

    @Test
    void controlAndReservedCharactersAndLeadingDotsGo() {
        assertThat(UploadNames.clean("a\u0000b\nc<d>:e|f?.csv")).isEqualTo("a_b_c_d__e_f_.csv");
        assertThat(UploadNames.clean(".hidden.csv")).isEqualTo("hidden.csv");
        assertThat(UploadNames.clean("...")).isEqualTo("上传文件");
        assertThat(UploadNames.clean("")).isEqualTo("上传文件");
        assertThat(UploadNames.clean(null)).isEqualTo("上传文件");
        // A right-to-left override would show "xslx.exe" as "exe.xlsx".
        assertThat(UploadNames.clean("报表\u202Eslx.csv")).isEqualTo("报表_slx.csv");
    }

    @Test
    void aLongNameIsCutKeepingItsExtension() {
        String cleaned = UploadNames.clean("很长".repeat(100) + ".xlsx");
        assertThat(cleaned).hasSize(120).endsWith(".xlsx");
    }

}
