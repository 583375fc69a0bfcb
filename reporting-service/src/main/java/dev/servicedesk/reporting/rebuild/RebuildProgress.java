package dev.servicedesk.reporting.rebuild;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a rebuild stands: how far it has read ({@code eventsRead}) of what the topics held when it started
 * ({@code eventsTotal}), both counted in offsets (a producer's transaction markers take an offset each, so they count
 * too); the events applied so far; the rate so far and the time left at that rate. {@code skipped}: events that can
 * never be applied (they sit in the dead-letter topics too).
 */
public record RebuildProgress(String state, Instant startedAt, Instant finishedAt, long eventsTotal, long eventsRead,
        long eventsApplied, long skipped, double eventsPerSecond, Long secondsLeft, String error) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    static RebuildProgress of(String state, Instant startedAt, Instant finishedAt, long total, long read, long applied,
            long skipped, Instant now, String error) {
        double seconds = Duration.between(startedAt, finishedAt == null ? now : finishedAt).toMillis() / 1000.0;
        double rate = seconds <= 0 ? 0 : Math.round(applied / seconds * 10) / 10.0;
        Long left = null;
        if (RUNNING.equals(state) && rate > 0) {
            left = (long) Math.ceil(Math.max(0, total - read) / rate);
        } else if (!RUNNING.equals(state)) {
            left = 0L;
        }
        return new RebuildProgress(state, startedAt, finishedAt, total, read, applied, skipped, rate, left, error);
    }
}
