/**
 * Validating packs and scenarios before they are played. {@link org.rogatory.model.validation.ScenarioValidation}
 * runs EMF's {@code Diagnostician} with the generated structural checks and the hand-written bodies of the format's
 * constraints ({@link org.rogatory.model.validation.ScenarioConstraints}), without touching any global registry.
 */
package org.rogatory.model.validation;
