package cn.liulin.enforcement.intake;

import java.util.Optional;

/**
 * Turns what a cell names (a section's name, alias or code) into the section's code, so
 * that the intake can tell whose row it is without knowing the section list.
 */
public interface SectionLookup {

    Optional<String> codeOf(String named);

    /** How a clerk reads the sections of these codes: {@code 执法股（ZFG）}. */
    String describe(java.util.Collection<String> codes);

}
