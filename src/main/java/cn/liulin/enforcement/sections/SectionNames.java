package cn.liulin.enforcement.sections;

import java.text.Normalizer;
import java.util.Locale;

/** How a section's name is compared: full-width and half-width alike, spaces ignored, codes case-blind. */
final class SectionNames {

    private SectionNames() {
    }

    static String normalize(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
    }
}
