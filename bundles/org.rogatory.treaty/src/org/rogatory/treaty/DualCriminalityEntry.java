package org.rogatory.treaty;

import java.util.Optional;

import org.rogatory.treaty.model.DualCriminalityRule;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * Whether the conduct must be a crime in both States for an instrument, with where that is said and how far it is
 * checked. The answer differs between extradition, MLA and preservation, which is a classic trainee mistake.
 *
 * @param rule the dual-criminality rule
 * @param citation where the rule is stated; empty for instruments without an article
 * @param status how far the rule is checked
 */
public record DualCriminalityEntry(DualCriminalityRule rule, Optional<Citation> citation,
        VerificationStatus status) {
}
