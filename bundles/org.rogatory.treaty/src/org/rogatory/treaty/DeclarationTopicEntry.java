package org.rogatory.treaty;

import org.rogatory.treaty.model.TopicValues;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * A subject on which a State can declare, reserve or notify something under the Convention. Scenario packs use the
 * key in {@code Declaration.topic}; the engine uses it to know what a State's declaration changes.
 *
 * @param key the stable key, see {@link DeclarationTopics}
 * @param label a short name
 * @param description what the declaration means, and what its absence means
 * @param values what a declaration on this topic carries in {@code Declaration.values}
 * @param citation where the Convention provides for it
 * @param status how far the topic is checked
 */
public record DeclarationTopicEntry(String key, String label, String description, TopicValues values,
        Citation citation, VerificationStatus status) {
}
