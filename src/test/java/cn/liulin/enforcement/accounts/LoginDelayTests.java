package cn.liulin.enforcement.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginDelayTests {

    private final Instant now = Instant.parse("2025-07-10T01:00:00Z");

    private final LoginDelay delay = LoginDelay.DEFAULT;

    @Test
    void aFewMistakesCostNothing() {
        for (int failures = 1; failures <= 5; failures++) {
            assertThat(delay.lockedUntil(failures, now)).isNull();
        }
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheCap() {
        assertThat(delay.lockedUntil(6, now)).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(delay.lockedUntil(7, now)).isEqualTo(now.plus(Duration.ofMinutes(2)));
        assertThat(delay.lockedUntil(8, now)).isEqualTo(now.plus(Duration.ofMinutes(4)));
        assertThat(delay.lockedUntil(10, now)).isEqualTo(now.plus(Duration.ofMinutes(16)));
        assertThat(delay.lockedUntil(11, now)).isEqualTo(now.plus(Duration.ofMinutes(30)));
        assertThat(delay.lockedUntil(1000, now)).isEqualTo(now.plus(Duration.ofMinutes(30)));
    }

}
