package cn.liulin.enforcement.accounts;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The account a console session belongs to, as it was when it signed in: its role and,
 * for a REPORTER, its sections.
 */
public class SignedInAccount extends User {

    private final Account account;

    SignedInAccount(Account account, String passwordHash, boolean locked) {
        super(account.username(), passwordHash, account.enabled(), true, true, !locked,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.account = account;
    }

    public Account account() {
        return account;
    }

    public Role role() {
        return account.role();
    }

}
