package org.sicredit.spring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One of sicredit's jobs, run on a daemon thread of its own with a fixed pause between runs, from the context's start
 * to its stop (the run in progress finishes first, up to 30 seconds). A run that fails is logged by its exception's
 * type only, or the rejection code its use case answered — never a value — counted, and tried again after the pause.
 */
public final class ScheduledJob implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJob.class);

    private final String name;
    private final Duration interval;
    private final Runnable work;
    private final SicreditTally tally;
    private ScheduledExecutorService scheduler;

    ScheduledJob(String name, Duration interval, Runnable work, SicreditTally tally) {
        this.name = name;
        this.interval = interval;
        this.work = work;
        this.tally = tally;
    }

    public String name() {
        return name;
    }

    public Duration interval() {
        return interval;
    }

    /** Runs the job once, now, on the calling thread: what the schedule does at each turn. */
    public void runOnce() {
        try {
            work.run();
            tally.jobRan(name, true);
        } catch (RuntimeException failure) {
            tally.jobRan(name, false);
            LOG.warn("sicredit {} failed, tried again in {}: {}", name, interval,
                    failure instanceof SicreditJobs.JobRefused refused ? refused.getMessage()
                            : failure.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "sicredit-" + name);
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
