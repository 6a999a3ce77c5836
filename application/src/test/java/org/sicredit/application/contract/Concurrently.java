package org.sicredit.application.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs one call per item, all released at once, and answers in the items' order. */
final class Concurrently {

    private Concurrently() {
    }

    static <T, R> List<R> each(List<T> items, Function<T, R> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(items.size());
        ExecutorService pool = Executors.newFixedThreadPool(items.size());
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(item);
                }));
            }
            List<R> answers = new ArrayList<>();
            for (Future<R> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
