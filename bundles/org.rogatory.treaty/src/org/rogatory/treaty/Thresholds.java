package org.rogatory.treaty;

/**
 * The thresholds the engine compares with, by name, so that no caller looks them up by a string key or hard-codes
 * a number. Each one carries its citation and status.
 *
 * @param seriousCrime a maximum penalty of at least four years (48 months) makes a serious crime (Art. 2(h))
 * @param extraditionMinimum the offence must be punishable by at least one year (12 months) in both States
 * @param internationalPreservationMinimum data preserved at another State's request is kept at least 60 days
 * @param domesticPreservationMaximum a domestic preservation order lasts up to 90 days and may be renewed
 */
public record Thresholds(Threshold seriousCrime, Threshold extraditionMinimum,
        Threshold internationalPreservationMinimum, Threshold domesticPreservationMaximum) {
}
