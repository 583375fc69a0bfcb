package dev.servicedesk.reporting.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Durations counted in the buckets of the database's {@code duration_bucket}: whole seconds below 256 s, then 128
 * buckets per power of two (8 significant bits). A bucket stands for its middle, within 0.4 % of every duration in it;
 * percentiles interpolate between those values as {@code percentile_cont} does between the durations themselves.
 */
final class Histogram {

    /**
     * Merges the {@code hist} of a source's rows {@code s} ({@code bucket,count} pairs as text) into one: string_agg
     * appends in place, where concatenating arrays would copy them again and again.
     */
    static final String MERGE = "string_agg(s.hist, ',')";

    /** Buckets of durations under 256 s, then 128 for each further power of two. */
    private static final int EXACT = 256;
    private static final int PER_POWER = 128;

    /** Counts by the bucket's rank in duration order ({@link #rank}): a quarter's text merges in place, unsorted. */
    private long[] counts = new long[EXACT];
    private long total;

    /**
     * Adds {@code bucket,count,bucket,count...} as {@link #MERGE} gives it (null: nothing), read in place: a period's
     * text holds tens of thousands of numbers.
     */
    Histogram add(Object pairs) {
        if (pairs instanceof String text) {
            long bucket = -1;
            long number = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ',';
                if (c != ',') {
                    number = number * 10 + (c - '0');
                } else if (bucket < 0) {
                    bucket = number;
                    number = 0;
                } else {
                    count(rank(bucket), number);
                    bucket = -1;
                    number = 0;
                }
            }
        }
        return this;
    }

    /** A bucket's place among all buckets, in the order of their durations, without gaps. */
    static int rank(long bucket) {
        if (bucket < EXACT) {
            return (int) bucket;
        }
        int bits = 64 - Long.numberOfLeadingZeros(bucket);
        long significant = bucket >> (bits - 8);
        return EXACT + (bits - 9) * PER_POWER + (int) (significant - PER_POWER);
    }

    /** The bucket at a rank: the inverse of {@link #rank}. */
    static long bucket(int rank) {
        if (rank < EXACT) {
            return rank;
        }
        int power = (rank - EXACT) / PER_POWER;
        return (long) (PER_POWER + (rank - EXACT) % PER_POWER) << (power + 1);
    }

    private void count(int rank, long number) {
        if (rank >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(rank + 1, counts.length * 2));
        }
        counts[rank] += number;
        total += number;
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
        for (int rank = 0; rank < counts.length; rank++) {
            seen += counts[rank];
            if (index < seen) {
                return hours(bucket(rank));
            }
        }
        throw new IllegalStateException("rank " + index + " beyond " + total);
    }
}
