package cn.liulin.enforcement.demo;

import java.util.List;
import java.util.Set;

import cn.liulin.enforcement.accounts.Account;
import cn.liulin.enforcement.accounts.Accounts;
import cn.liulin.enforcement.accounts.Role;

import org.springframework.stereotype.Component;

/**
 * One console account per role for the demo, so that a newcomer can open every page: the
 * 执法股's admin, the 危化股's clerk and the justice bureau's viewer. Their password is
 * printed: the demo's database holds demo data only.
 */
@Component
public class DemoAccounts {

    public static final String PASSWORD = "demo-2026";

    private static final List<Account> ACCOUNTS = List.of(new Account("admin", Role.ADMIN, true, Set.of(), 0, null),
            new Account("whk", Role.REPORTER, true, Set.of("WHK"), 0, null),
            new Account("sfj", Role.VIEWER, true, Set.of(), 0, null));

    private final Accounts accounts;

    DemoAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Adds the accounts not there yet; returns all three. */
    public List<Account> ensure() {
        for (Account account : ACCOUNTS) {
            if (accounts.find(account.username()).isEmpty()) {
                accounts.add(account.username(), account.role(), account.sections(), PASSWORD);
            }
        }
        return ACCOUNTS;
    }

}
