package dev.servicedesk.reporting.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Durations counted in the buckets of the database's {@code duration_bucket}: whole seconds below 256 s, then 128
 * buckets per power of two (8 significant bits). A bucket stands for its middle, within 0.4 % of every duration in it;
 * percentiles interpolate between those values as {@code percentile_cont} does between the durations themselves.
 */
final class Histogram {

    /**
     * Merges the {@code hist} of a source's rows {@code s} into one text of {@code bucket,count} pairs: string_agg
     * appends in place, where concatenating arrays would copy them again and again.
     */
    static final String MERGE = "string_agg(array_to_string(s.hist, ','), ',')";

    private final TreeMap<Long, Long> counts = new TreeMap<>();
    private long total;

    /** Adds {@code bucket,count,bucket,count...} as {@link #MERGE} gives it (null: nothing). */
    Histogram add(Object pairs) {
        if (pairs instanceof String text && !text.isEmpty()) {
            String[] values = text.split(",");
            for (int i = 0; i + 1 < values.length; i += 2) {
                long count = Long.parseLong(values[i + 1]);
                counts.merge(Long.parseLong(values[i]), count, Long::sum);
                total += count;
            }
        }
        return this;
    }

    static Histogram of(Object pairs) {
        return new Histogram().add(pairs);
    }

    /** The {@code fraction} percentile in hours, rounded to 0.01; null without durations. */
    BigDecimal percentileHours(double fraction) {
        if (total == 0) {
            return null;
        }
        double rank = fraction * (total - 1);
        long low = (long) Math.floor(rank);
        long high = (long) Math.ceil(rank);
        double first = hoursAt(low);
        double second = high == low ? first : hoursAt(high);
        double hours = first + (second - first) * (rank - low);
        BigDecimal rounded = BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** The middle of a bucket, in hours. */
    static double hours(long bucket) {
        long width = bucket < 256 ? 1 : 1L << (64 - Long.numberOfLeadingZeros(bucket) - 8);
        return (2.0 * bucket + width) / 7200.0;
    }

    private double hoursAt(long index) {
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : counts.entrySet()) {
            seen += bucket.getValue();
            if (index < seen) {
                return hours(bucket.getKey());
            }
        }
        throw new IllegalStateException("rank " + index + " beyond " + total);
    }
}
