package org.rogatory.engine.session;

/**
 * The legal periods the clock applies, in days: how long an international preservation lasts at least before the
 * follow-up request must arrive (Art. 42), and how long a domestic preservation order lasts (Art. 25). They come from
 * the Convention knowledge base, so correcting a period there corrects every session.
 */
public record ClockPolicy(int internationalPreservationDays, int domesticPreservationDays) {

    /** Minutes in a simulated day. */
    public static final int MINUTES_PER_DAY = 24 * 60;

    /** Rejects periods that would make preservation meaningless. */
    public ClockPolicy {
        if (internationalPreservationDays <= 0 || domesticPreservationDays <= 0) {
            throw new IllegalArgumentException("preservation periods must be positive"); //$NON-NLS-1$
        }
    }
}
