package org.rogatory.treaty.internal.citation;

import org.rogatory.treaty.model.VerificationStatus;

/**
 * Combines verification statuses. An item built from several sources is only as reliable as its weakest part, and an
 * article is identified as well as its best-checked part (title or content); both rules are used throughout.
 */
public final class Statuses {

    private Statuses() {
    }

    /**
     * The weaker of two statuses, for items that rest on both.
     *
     * @param a a status
     * @param b another status
     * @return the less checked of the two
     */
    public static VerificationStatus weakest(VerificationStatus a, VerificationStatus b) {
        return a.getValue() <= b.getValue() ? a : b;
    }

    /**
     * The stronger of two statuses, for items that either source alone establishes.
     *
     * @param a a status
     * @param b another status
     * @return the better checked of the two
     */
    public static VerificationStatus best(VerificationStatus a, VerificationStatus b) {
        return a.getValue() >= b.getValue() ? a : b;
    }
}
