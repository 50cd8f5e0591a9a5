package cn.liulin.enforcement.complaints;

/**
 * Masks the personal data of 附件3 in reports that leave the bureau: a name keeps its first
 * character (张三 → 张*), a phone number its first 3 and last 4 characters (13812345678 →
 * 138****5678).
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static String maskName(String name) {
        String text = name.strip();
        // Signs before the name (=张三, typed to trick a spreadsheet) are kept: the name's
        // own first character shows.
        int start = 0;
        while (start < text.length() && !Character.isLetter(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        String prefix = text.substring(0, start);
        String rest = text.substring(start);
        if (rest.codePointCount(0, rest.length()) <= 1) {
            return rest.isEmpty() ? prefix : prefix + "*";
        }
        int first = Character.charCount(rest.codePointAt(0));
        return prefix + rest.substring(0, first) + "*".repeat(rest.codePointCount(first, rest.length()));
    }

    public static String maskContact(String contact) {
        String text = contact.strip();
        if (text.length() >= 8) {
            return text.substring(0, 3) + "*".repeat(text.length() - 7) + text.substring(text.length() - 4);
        }
        return text.isEmpty() ? "" : text.charAt(0) + "*".repeat(text.length() - 1);
    }

}
