package cn.liulin.enforcement.sections;

/**
 * config/sections.yml cannot be used as it is; the message names the entry and what to
 * fix.
 */
public class SectionsFileException extends RuntimeException {

    public SectionsFileException(String message) {
        super(message);
    }

}
