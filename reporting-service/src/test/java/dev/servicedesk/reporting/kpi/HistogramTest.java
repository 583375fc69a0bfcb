package dev.servicedesk.reporting.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void everyBucketHasItsOwnRankInTheOrderOfDurations() {
        int previous = -1;
        for (long bucket : canonicalBuckets()) {
            int rank = Histogram.rank(bucket);
            assertEquals(previous + 1, rank, "rank of " + bucket);
            assertEquals(bucket, Histogram.bucket(rank));
            previous = rank;
        }
    }

    @Test
    void percentilesInterpolateBetweenTheMiddlesOfTheBucketsInAnyOrderOfTheText() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            List<Long> buckets = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int pair = 0; pair < 1 + random.nextInt(40); pair++) {
                long bucket = bucketOf((long) Math.exp(random.nextDouble() * 16));
                int count = 1 + random.nextInt(3);
                text.append(text.isEmpty() ? "" : ",").append(bucket).append(',').append(count);
                for (int i = 0; i < count; i++) {
                    buckets.add(bucket);
                }
            }
            buckets.sort(null);
            Histogram histogram = Histogram.of(text.toString());
            for (double fraction : new double[] {0.0, 0.5, 0.9, 1.0}) {
                assertEquals(expected(buckets, fraction), histogram.percentileHours(fraction), text + " at " + fraction);
            }
        }
    }

    @Test
    void aBucketStandsForItsMiddleWithin0point4PercentOfEveryDurationInIt() {
        for (long seconds = 1; seconds < 1L << 36; seconds = seconds * 3 + 1) {
            double middle = Histogram.hours(bucketOf(seconds)) * 3600;
            assertTrue(Math.abs(middle - seconds) / seconds <= 0.004 || seconds < 256 && middle - seconds <= 0.5 + 1e-9,
                    seconds + " s stands as " + middle);
        }
    }

    @Test
    void noDurationsNoPercentile() {
        assertNull(Histogram.of(null).percentileHours(0.5));
    }

    /** What duration_bucket in the database gives. */
    private static long bucketOf(long seconds) {
        if (seconds < 256) {
            return seconds;
        }
        int dropped = 64 - Long.numberOfLeadingZeros(seconds) - 8;
        return seconds >> dropped << dropped;
    }

    private static List<Long> canonicalBuckets() {
        List<Long> buckets = new ArrayList<>();
        for (long bucket = 0; bucket < 256; bucket++) {
            buckets.add(bucket);
        }
        for (int dropped = 1; dropped < 40; dropped++) {
            for (long significant = 128; significant < 256; significant++) {
                buckets.add(significant << dropped);
            }
        }
        return buckets;
    }

    private static BigDecimal expected(List<Long> sorted, double fraction) {
        double rank = fraction * (sorted.size() - 1);
        double low = Histogram.hours(sorted.get((int) Math.floor(rank)));
        double high = Histogram.hours(sorted.get((int) Math.ceil(rank)));
        BigDecimal hours = BigDecimal.valueOf(low + (high - low) * (rank - Math.floor(rank)))
                .setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }
}
