package cn.liulin.enforcement.intake;

import java.util.Set;

/**
 * Who put a file in the inbox through the console, and which sections it may report for.
 * A file dropped in the inbox folder or given to {@code submit} has no submitter: the
 * folder and the command are the 执法股's own.
 *
 * @param account the console account
 * @param sections the codes of the sections it reports for; {@code null} for an account
 * that may send any section's file (the 执法股)
 */
public record Submitter(String account, Set<String> sections) {

    public Submitter {
        sections = sections == null ? null : Set.copyOf(sections);
    }

    public static Submitter anySection(String account) {
        return new Submitter(account, null);
    }

    public boolean restricted() {
        return sections != null;
    }

}
