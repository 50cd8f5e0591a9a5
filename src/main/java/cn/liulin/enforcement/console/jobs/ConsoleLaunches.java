package cn.liulin.enforcement.console.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Runs what a person started from the 作业 page beside the request, so that the page
 * answers at once and shows the run as it goes. Each form carries a key of its own: the
 * same key sent twice (a double click, a reload) starts one run; the job instance built
 * from it stops a second node too.
 */
@Component
@ConditionalOnWebApplication
class ConsoleLaunches {

    private static final Logger log = LoggerFactory.getLogger(ConsoleLaunches.class);

    private static final Duration REMEMBERED = Duration.ofHours(12);

    private final Map<String, Instant> started = new ConcurrentHashMap<>();

    private final ExecutorService threads = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "console-launch");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Starts {@code work} unless {@code key} was started before.
     * @return whether it was started now
     */
    boolean start(String key, String what, Supplier<?> work) {
        Instant now = Instant.now();
        started.values().removeIf(at -> at.isBefore(now.minus(REMEMBERED)));
        if (started.putIfAbsent(key, now) != null) {
            return false;
        }
        threads.execute(() -> {
            try {
                log.info("控制台启动的{}：{}", what, work.get());
            }
            catch (RuntimeException e) {
                log.error("控制台启动的{}失败：{}", what, e.getMessage(), e);
            }
        });
        return true;
    }

    @PreDestroy
    void close() {
        threads.shutdown();
    }

}
