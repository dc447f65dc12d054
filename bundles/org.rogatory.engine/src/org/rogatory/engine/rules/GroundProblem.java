package org.rogatory.engine.rules;

/**
 * A ground the requested side relied on but may not rely on here, and why. Kept apart from the finding so that one
 * refusal naming several bad grounds can still give one short explanation.
 *
 * @param ground the ground's label
 * @param explanation why it fails, and what to do instead
 * @param citations where that is said
 */
record GroundProblem(String ground, String explanation, Citations citations) {
}
