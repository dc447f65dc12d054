package org.rogatory.treaty;

import java.util.Optional;

import org.rogatory.treaty.model.ScopeRule;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * Which offences an instrument can be used for, with where that is said and how far it is checked. The Convention
 * limits some cooperation to its own offences and opens evidence cooperation to serious crime, and the engine must
 * not apply a scope the notes do not state.
 *
 * @param rule the scope rule
 * @param citation where the scope is set; empty for instruments without an article (waiting)
 * @param status how far the scope is checked
 */
public record ScopeEntry(ScopeRule rule, Optional<Citation> citation, VerificationStatus status) {
}
