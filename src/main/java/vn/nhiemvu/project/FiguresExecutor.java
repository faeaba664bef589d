package vn.nhiemvu.project;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * A few threads for the statements of the portfolio figures, which run side by side: three at most, so that a burst
 * of figure requests never takes more than a few connections of the pool.
 */
@Component
class FiguresExecutor implements Executor, DisposableBean {

    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(3, runnable -> {
        Thread thread = new Thread(runnable, "project-figures-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void execute(Runnable command) {
        threads.execute(command);
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
