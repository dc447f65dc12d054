package org.rogatory.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The measured values of one quantity over the measured rounds. Benchmarks report the minimum, the median and the
 * maximum rather than a mean, because on a shared machine a single slow round says more about the neighbours than
 * about the code, and the median is not moved by it.
 */
public final class Samples {

    private final String unit;
    private final List<Double> values = new ArrayList<>();

    /** Creates an empty series of values measured in {@code unit} (for the report). */
    public Samples(String unit) {
        this.unit = unit;
    }

    /** Adds one round's value. */
    public void add(double value) {
        values.add(value);
    }

    /** The smallest value. */
    public double min() {
        return sorted().get(0);
    }

    /** The middle value (the mean of the two middle values for an even count). */
    public double median() {
        List<Double> sorted = sorted();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The largest value. */
    public double max() {
        return sorted().get(values.size() - 1);
    }

    /** {@code min / median / max unit}, for the report. */
    public String summary() {
        return String.format("min %s / median %s / max %s %s", format(min()), format(median()), format(max()), unit);
    }

    /** The values in the order they were measured, for the report. */
    public String rounds() {
        return String.join(", ", values.stream().map(Samples::format).toList());
    }

    private List<Double> sorted() {
        if (values.isEmpty()) {
            throw new IllegalStateException("no measured rounds");
        }
        return values.stream().sorted().toList();
    }

    private static String format(double value) {
        return value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }
}
