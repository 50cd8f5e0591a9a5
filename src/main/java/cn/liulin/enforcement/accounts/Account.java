package cn.liulin.enforcement.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * A console account, without its password.
 *
 * @param sections the codes a REPORTER reports for; empty for the other roles
 * @param lockedUntil after repeated failures, no login is tried before this; null: none
 */
public record Account(String username, Role role, boolean enabled, Set<String> sections, int failedLogins,
        Instant lockedUntil) {

    public Account {
        // In code order, as lists and receipts print them.
        sections = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(sections));
    }

}
