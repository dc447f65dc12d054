package org.rogatory.benchmarks.ui;

import java.util.Arrays;
import java.util.Locale;

/** Collected durations in nanoseconds, summarized as the benchmark reports them: nearest-rank percentiles in ms. */
final class Latencies {

    private long[] values = new long[64];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} percent of the values at or below it. */
    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    /** One line: count, p50, p90, p99 and max, in milliseconds. */
    String summary(String label) {
        return String.format(Locale.ROOT, "%-34s n=%d  p50=%.2f ms  p90=%.2f ms  p99=%.2f ms  max=%.2f ms", //$NON-NLS-1$
                label, size, percentileMillis(50), percentileMillis(90), percentileMillis(99), percentileMillis(100));
    }
}
