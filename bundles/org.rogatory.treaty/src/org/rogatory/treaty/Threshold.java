package org.rogatory.treaty;

import java.time.Period;

import org.rogatory.treaty.model.VerificationStatus;

/**
 * A typed time threshold of the Convention (four years for serious crime, 60 days of preservation...). The scenario
 * model counts penalties in months and retention in days, so the threshold converts exactly instead of leaving each
 * caller to multiply.
 *
 * @param key the key of the fact behind it
 * @param amount the threshold as a period of years, months or days
 * @param renewable true where the period may be renewed (domestic preservation)
 * @param label a short name
 * @param statement the threshold in plain English
 * @param citation where it is set
 * @param status how far it is checked
 */
public record Threshold(String key, Period amount, boolean renewable, String label, String statement,
        Citation citation, VerificationStatus status) {

    /**
     * The threshold in months, the unit of {@code DomesticOffence.maximumMonths}.
     *
     * @return the number of months
     * @throws IllegalStateException if the threshold is counted in days
     */
    public int months() {
        if (amount.getDays() != 0) {
            throw new IllegalStateException(key + " is counted in days"); //$NON-NLS-1$
        }
        return (int) amount.toTotalMonths();
    }

    /**
     * The threshold in days, the unit of retention and preservation periods.
     *
     * @return the number of days
     * @throws IllegalStateException if the threshold is counted in months or years
     */
    public int days() {
        if (amount.toTotalMonths() != 0) {
            throw new IllegalStateException(key + " is counted in months or years"); //$NON-NLS-1$
        }
        return amount.getDays();
    }
}
