package cn.liulin.enforcement.sections;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a section's name is compared: full-width and half-width alike, spaces ignored,
 * codes case-blind.
 */
final class SectionNames {

    private SectionNames() {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Called for every row of every file: no normalisation work for what is already
     * normal.
     */
    static String normalize(String name) {
        String text = Normalizer.isNormalized(name, Normalizer.Form.NFKC) ? name
                : Normalizer.normalize(name, Normalizer.Form.NFKC);
        return SPACES.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

}
