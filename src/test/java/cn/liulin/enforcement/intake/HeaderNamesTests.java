package cn.liulin.enforcement.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderNamesTests {

    @Test
    void aUnitSuffixIsDropped() {
        assertThat(HeaderNames.normalize("涉企行政检查(件)")).isEqualTo("涉企行政检查");
    }

    @Test
    void fullWidthAndHalfWidthBracketsAreAlike() {
        assertThat(HeaderNames.normalize("涉企行政检查（件）")).isEqualTo(HeaderNames.normalize("涉企行政检查(件)"));
        assertThat(HeaderNames.normalize("涉案金额/检查次数（人民币 元/次）")).isEqualTo("涉案金额/检查次数");
    }

    @Test
    void spacesAnywhereAreIgnored() {
        assertThat(HeaderNames.normalize("  问题 名称\u3000")).isEqualTo("问题名称");
        assertThat(HeaderNames.normalize(" 股室 ")).isEqualTo("股室");
    }

    @Test
    void aRequiredMarkIsIgnored() {
        assertThat(HeaderNames.normalize("*统计月份")).isEqualTo("统计月份");
    }

    @Test
    void aNameThatIsOnlyABracketIsKept() {
        assertThat(HeaderNames.normalize("(件)")).isEqualTo("(件)");
    }

}
