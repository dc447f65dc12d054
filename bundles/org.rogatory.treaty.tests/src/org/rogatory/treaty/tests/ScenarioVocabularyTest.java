package org.rogatory.treaty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.ScenarioVocabulary;

/**
 * Every instrument and channel literal of the scenario format is mapped to a knowledge base key that exists, or is
 * unmapped on purpose. A literal added to the format without a decision here fails.
 */
class ScenarioVocabularyTest {

    private final ConventionKnowledgeBase kb = ConventionKnowledgeBase.bundled();

    @Test
    void everyInstrumentLiteralIsMappedOrDeliberatelyUnmapped() {
        for (Instrument literal : Instrument.values()) {
            Optional<String> key = ScenarioVocabulary.instrumentKey(literal);
            boolean unmapped = ScenarioVocabulary.unmappedInstruments().contains(literal);
            assertNotEquals(key.isPresent(), unmapped, literal.getName());
            key.ifPresent(k -> assertTrue(kb.instrument(k).isPresent(), literal + " maps to missing " + k));
        }
    }

    @Test
    void everyChannelLiteralIsMappedOrDeliberatelyUnmapped() {
        for (Channel literal : Channel.values()) {
            Optional<String> key = ScenarioVocabulary.channelKey(literal);
            boolean unmapped = ScenarioVocabulary.unmappedChannels().contains(literal);
            assertNotEquals(key.isPresent(), unmapped, literal.getName());
            key.ifPresent(k -> assertTrue(kb.channel(k).isPresent(), literal + " maps to missing " + k));
            key.ifPresent(k -> assertEquals(Optional.of(literal), ScenarioVocabulary.channelLiteral(k)));
        }
    }

    @Test
    void everyKnowledgeBaseChannelHasALiteral() {
        kb.channels().forEach(c -> assertTrue(ScenarioVocabulary.channelLiteral(c.key()).isPresent(), c.key()));
    }

    @Test
    void requestedSideResponsesAreJudgedAgainstTheRequestNotMapped() {
        assertTrue(ScenarioVocabulary.instrumentKey(Instrument.REFUSE).isEmpty());
        assertTrue(ScenarioVocabulary.instrumentKey(Instrument.OTHER).isEmpty());
        assertEquals("international-preservation",
                kb.instrument(Instrument.PRESERVATION_REQUEST).orElseThrow().key());
    }
}
