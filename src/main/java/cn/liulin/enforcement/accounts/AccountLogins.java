package cn.liulin.enforcement.accounts;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs console accounts in: finds the account and its hash, refuses one that waits after
 * failures ({@link LoginDelay}), and counts each wrong password.
 */
@Component
public class AccountLogins implements UserDetailsService {

    private final Accounts accounts;

    private final Clock clock;

    private final LoginDelay delay = LoginDelay.DEFAULT;

    /**
     * The machine's clock, not the job's: a wait is real time even when the reports run
     * on a fixed day ({@code reporting.now}).
     */
    AccountLogins(Accounts accounts) {
        this.accounts = accounts;
        this.clock = Clock.systemUTC();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        boolean waiting = account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
        return new SignedInAccount(account, hash, waiting);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(event.getAuthentication().getName(), delay, clock.instant());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
    }

}
