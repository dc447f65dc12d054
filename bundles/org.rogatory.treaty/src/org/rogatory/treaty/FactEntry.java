package org.rogatory.treaty;

import java.util.Optional;
import java.util.OptionalInt;

import org.rogatory.treaty.model.FactKind;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * A machine-readable fact: a threshold, a rule the engine applies, or a fact about the treaty's identity. It lets the
 * engine and the feedback quote one checked sentence instead of repeating legal content in code.
 *
 * @param key the stable key, such as {@code extradition-threshold}
 * @param kind what sort of fact it is
 * @param label a short name
 * @param value the fact in plain English
 * @param quantity the number compared with, for thresholds
 * @param unit the unit of the quantity, such as {@code "days"}, or {@code ""}
 * @param citation where the fact comes from; empty for identity facts that rest on the depositary record only
 * @param status how far the fact is checked
 */
public record FactEntry(String key, FactKind kind, String label, String value, OptionalInt quantity, String unit,
        Optional<Citation> citation, VerificationStatus status) {
}
