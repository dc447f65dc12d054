package org.rogatory.treaty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.Threshold;
import org.rogatory.treaty.Thresholds;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * The thresholds come typed in the units the scenario model uses: months for penalties, days for periods.
 */
class ThresholdsTest {

    private final Thresholds thresholds = ConventionKnowledgeBase.bundled().thresholds();

    @Test
    void seriousCrimeIsFortyEightMonthsAndVerified() {
        Threshold seriousCrime = thresholds.seriousCrime();
        assertEquals(48, seriousCrime.months());
        assertEquals("Art. 2(h)", seriousCrime.citation().toString());
        assertEquals(VerificationStatus.VERIFIED, seriousCrime.status());
    }

    @Test
    void extraditionMinimumIsTwelveMonthsInBothStates() {
        Threshold minimum = thresholds.extraditionMinimum();
        assertEquals(12, minimum.months());
        assertTrue(minimum.statement().contains("both States"), minimum.statement());
        assertEquals("Art. 37", minimum.citation().toString());
        assertEquals(VerificationStatus.UNVERIFIED, minimum.status());
    }

    @Test
    void internationalPreservationLastsAtLeastSixtyDays() {
        Threshold minimum = thresholds.internationalPreservationMinimum();
        assertEquals(60, minimum.days());
        assertFalse(minimum.renewable());
        assertEquals("Art. 42", minimum.citation().toString());
    }

    @Test
    void domesticPreservationLastsAtMostNinetyDaysRenewably() {
        Threshold maximum = thresholds.domesticPreservationMaximum();
        assertEquals(90, maximum.days());
        assertTrue(maximum.renewable());
        assertEquals("Art. 25", maximum.citation().toString());
    }

    @Test
    void unitsAreNotMixedUp() {
        assertThrows(IllegalStateException.class, () -> thresholds.seriousCrime().days());
        assertThrows(IllegalStateException.class, () -> thresholds.internationalPreservationMinimum().months());
    }
}
