package cn.liulin.enforcement.inspections;

import java.util.Locale;
import java.util.Optional;

/**
 * The 统一社会信用代码 of GB 32100-2015: 18 characters from 0-9 and the capitals but I, O, S, V
 * and Z, the last a check character over the first 17. A typo in one character is the
 * commonest error, and the code is how one enterprise is known across sections.
 */
public final class CreditCode {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private CreditCode() {
    }

    /**
     * The first 17 characters with their check character: for made-up codes (the demo,
     * the benchmark).
     */
    public static String withCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /**
     * The code as written, in capitals without spaces; empty when it is no valid code.
     */
    static Optional<String> normalized(String text) {
        String code = text.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        return problem(code) == null ? Optional.of(code) : Optional.empty();
    }

    /** What is wrong with a code, in Chinese, or {@code null} when it is valid. */
    static String problem(String text) {
        String code = text.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        if (code.length() != 18) {
            return "统一社会信用代码应为 18 位，“" + text + "”为 " + code.length() + " 位";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARACTERS.indexOf(code.charAt(i));
            if (value < 0) {
                return "统一社会信用代码第 " + (i + 1) + " 位“" + code.charAt(i) + "”不是代码用字（数字或除 I、O、S、V、Z 外的大写字母）";
            }
            sum += value * WEIGHTS[i];
        }
        char expected = withCheckCharacter(code.substring(0, 17)).charAt(17);
        if (code.charAt(17) != expected) {
            return "统一社会信用代码“" + text + "”的校验位不对（按 GB 32100-2015 应为 " + expected + "）：多半是某一位抄错了，请核对营业执照";
        }
        return null;
    }

}
