package org.rogatory.treaty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rogatory.model.scenario.DeclarationKind;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.DeclarationTopics;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.ScenarioVocabulary;
import org.rogatory.treaty.model.InstrumentKind;
import org.rogatory.treaty.model.VerificationStatus;
import org.rogatory.treaty.rules.ApplicableRule;
import org.rogatory.treaty.rules.RuleSet;
import org.rogatory.treaty.rules.RulesBetweenStates;

/**
 * Every rule for every instrument and literal is complete and cites no unverified paragraph, whatever the States
 * declared.
 */
class RuleCitationsTest {

    private final ConventionKnowledgeBase kb = ConventionKnowledgeBase.bundled();
    private final RulesBetweenStates rules = new RulesBetweenStates(kb);

    private static State declaringEverything(String name) {
        State state = TestStates.party(name);
        state.setExtraditesNationals(true);
        for (String topic : DeclarationTopics.builtIn()) {
            TestStates.declare(state, DeclarationKind.DECLARATION, topic, "yes");
        }
        return state;
    }

    @Test
    void everyRuleCitesAVerifiedParagraphOrTheArticleAlone() {
        for (State requested : new State[] { TestStates.party("Borduria"), declaringEverything("Carpania") }) {
            for (InstrumentEntry instrument : kb.instruments()) {
                RuleSet set = rules.rulesFor(instrument.key(), TestStates.party("Arland"), requested);
                for (ApplicableRule rule : set.rules()) {
                    String where = instrument.key() + ' ' + rule.kind() + ' ' + rule.subject();
                    boolean paragraph = rule.citationText().contains("(");
                    assertEquals(paragraph, rule.citation().paragraphStatus() == VerificationStatus.VERIFIED
                            && !rule.citation().paragraph().isEmpty(), where);
                    assertFalse(rule.statement().isBlank(), where);
                    assertTrue(rule.citationText().startsWith("Art"), where);
                }
            }
        }
    }

    @Test
    void everyMeasureHasRules() {
        for (InstrumentEntry instrument : kb.instruments()) {
            if (instrument.kind() == InstrumentKind.LEGAL_MEASURE) {
                RuleSet set = rules.rulesFor(instrument.key(), TestStates.party("Arland"), TestStates.party("Borduria"));
                assertFalse(set.rules().isEmpty(), instrument.key());
            }
        }
    }

    @Test
    void everyMappedLiteralGivesTheRulesOfItsInstrument() {
        for (Instrument literal : Instrument.values()) {
            Optional<RuleSet> set = rules.rulesFor(literal, TestStates.party("Arland"), TestStates.party("Borduria"));
            assertEquals(ScenarioVocabulary.instrumentKey(literal), set.map(RuleSet::instrumentKey), literal.getName());
        }
    }
}
