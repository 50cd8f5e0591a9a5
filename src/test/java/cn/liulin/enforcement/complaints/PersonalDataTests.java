package cn.liulin.enforcement.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

    @Test
    void aNameKeepsItsFirstCharacter() {
        assertThat(PersonalData.maskName("张三")).isEqualTo("张*");
        assertThat(PersonalData.maskName("欧阳娜娜")).isEqualTo("欧***");
        assertThat(PersonalData.maskName("=张三")).isEqualTo("=张*");
        assertThat(PersonalData.maskName("@李四光")).isEqualTo("@李**");
    }

    @Test
    void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
        assertThat(PersonalData.maskContact("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskContact("0358-6020100")).isEqualTo("035*****0100");
    }

    @Test
    void shortValuesAreMaskedToo() {
        assertThat(PersonalData.maskContact("12345")).isEqualTo("1****");
        assertThat(PersonalData.maskName("王")).isEqualTo("*");
    }

}
