package org.rogatory.treaty;

import org.rogatory.treaty.model.VerificationStatus;

/**
 * One thing a request must or may contain. Drafting is judged element by element against these, and scenario packs
 * refer to them by key.
 *
 * @param key the stable key, shared between instruments for the same idea, such as {@code requesting-authority}
 * @param item the letter in the list where the notes give one, such as {@code "a"}, or {@code ""}
 * @param label what the element is, in plain English
 * @param mandatory whether the request must contain it
 * @param condition when it applies, or {@code ""}
 * @param citation where it is provided for
 * @param status how far it is checked
 */
public record RequestElementEntry(String key, String item, String label, boolean mandatory, String condition,
        Citation citation, VerificationStatus status) {
}
