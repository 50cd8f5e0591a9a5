package cn.liulin.enforcement.complaints;

/**
 * Masks the personal data of 附件3 in reports that leave the bureau: a name keeps its first character
 * (张三 → 张*), a phone number its first 3 and last 4 characters (13812345678 → 138****5678).
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static String maskName(String name) {
        String text = name.strip();
        if (text.length() <= 1) {
            return text.isEmpty() ? "" : "*";
        }
        return text.charAt(0) + "*".repeat(text.codePointCount(1, text.length()));
    }

    public static String maskContact(String contact) {
        String text = contact.strip();
        if (text.length() >= 8) {
            return text.substring(0, 3) + "*".repeat(text.length() - 7) + text.substring(text.length() - 4);
        }
        return text.isEmpty() ? "" : text.charAt(0) + "*".repeat(text.length() - 1);
    }
}
