package cn.liulin.enforcement.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * How repeated failures slow an account down: the first few cost nothing (a clerk
 * mistypes), then each further failure makes the next try wait twice as long as the last,
 * up to a cap. A guesser gets a few dozen tries a day; a clerk who forgot waits a minute.
 *
 * @param freeFailures failures allowed before any wait
 * @param firstWait the wait after the first failure beyond them
 * @param longestWait the cap
 */
public record LoginDelay(int freeFailures, Duration firstWait, Duration longestWait) {

    public static final LoginDelay DEFAULT = new LoginDelay(5, Duration.ofMinutes(1), Duration.ofMinutes(30));

    /**
     * Until when the account waits after its {@code failures}-th failure at {@code now};
     * null: no wait.
     */
    public Instant lockedUntil(int failures, Instant now) {
        int beyond = failures - freeFailures;
        if (beyond <= 0) {
            return null;
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(beyond - 1, 20));
        return now.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }

}
