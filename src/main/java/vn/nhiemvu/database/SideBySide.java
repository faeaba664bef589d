package vn.nhiemvu.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Independent read statements of one page run side by side, each on its own connection: the portfolio figures,
 * the dashboard. Three threads at most, so that a burst of such pages never takes more than a few connections of
 * the pool: in a burst, work waits for a free thread.
 */
@Component
public class SideBySide implements DisposableBean {

    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(3, runnable -> {
        Thread thread = new Thread(runnable, "side-by-side-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** Starts the work on one of the threads; {@link #join} gives its answer. */
    public <T> CompletableFuture<T> start(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, threads);
    }

    /** The answer of the work, or the exception it threw, as if it had run on the caller's thread. */
    public static <T> T join(CompletableFuture<T> later) {
        try {
            return later.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
