package org.rogatory.treaty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.DeclarationTopicEntry;
import org.rogatory.treaty.DeclarationTopics;
import org.rogatory.treaty.model.TopicValues;

/**
 * The declaration topics scenario packs use in {@code Declaration.topic} are defined in the data, with their article
 * and the values they take.
 */
class DeclarationTopicsTest {

    private final ConventionKnowledgeBase kb = ConventionKnowledgeBase.bundled();

    @Test
    void everyBuiltInTopicIsDefinedInTheData() {
        for (String key : DeclarationTopics.builtIn()) {
            DeclarationTopicEntry topic = kb.declarationTopic(key).orElseThrow(() -> new AssertionError(key));
            assertFalse(topic.description().isBlank(), key);
        }
    }

    @Test
    void topicsPointToTheArticlesThatProvideForThem() {
        assertEquals("Art. 42", cite(DeclarationTopics.PRESERVATION_DUAL_CRIMINALITY));
        assertEquals("Art. 37", cite(DeclarationTopics.EXTRADITION_LEGAL_BASIS));
        assertEquals("Art. 40", cite(DeclarationTopics.ACCEPTED_LANGUAGES));
        assertEquals("Art. 40", cite(DeclarationTopics.DIPLOMATIC_CHANNEL_REQUIRED));
        assertEquals("Art. 40", cite(DeclarationTopics.INTERPOL_CHANNEL_ACCEPTED));
    }

    @Test
    void topicsSayWhatValuesTheyTake() {
        assertEquals(TopicValues.YES_NO, topic(DeclarationTopics.EXTRADITION_LEGAL_BASIS).values());
        assertEquals(TopicValues.LANGUAGE_TAGS, topic(DeclarationTopics.ACCEPTED_LANGUAGES).values());
        assertEquals(TopicValues.NONE, topic(DeclarationTopics.PRESERVATION_DUAL_CRIMINALITY).values());
    }

    @Test
    void reservationGroundNamesItsTopic() {
        assertEquals(DeclarationTopics.PRESERVATION_DUAL_CRIMINALITY,
                kb.refusalGround("preservation-dual-criminality-reservation").orElseThrow().declarationTopic());
    }

    private DeclarationTopicEntry topic(String key) {
        return kb.declarationTopic(key).orElseThrow();
    }

    private String cite(String key) {
        return topic(key).citation().toString();
    }
}
