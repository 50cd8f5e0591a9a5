package cn.liulin.enforcement.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * GB 32100-2015's check character, on published codes and on the same codes with one
 * character changed.
 */
class CreditCodeTests {

    @Test
    void publishedCodesAreValid() {
        assertThat(CreditCode.problem("91350100M000100Y43")).isNull();
        assertThat(CreditCode.problem("91110000600037341L")).isNull();
        assertThat(CreditCode.problem(" 91440300708461136t ")).isNull();
        assertThat(CreditCode.normalized("91440300708461136t")).contains("91440300708461136T");
    }

    @Test
    void oneCharacterChangedIsCaughtByTheCheckCharacter() {
        assertThat(CreditCode.problem("91350100M000100Y44")).contains("校验位不对", "应为 3");
        assertThat(CreditCode.problem("91350100M000200Y43")).contains("校验位不对");
    }

    @Test
    void wrongLengthsAndLettersSayWhatIsWrong() {
        assertThat(CreditCode.problem("9135010")).contains("应为 18 位", "为 7 位");
        assertThat(CreditCode.problem("91350100M0001O0Y43")).contains("第 14 位", "O");
    }

}
