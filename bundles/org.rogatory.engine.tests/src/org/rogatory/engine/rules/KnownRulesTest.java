package org.rogatory.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.Declaration;
import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.DeclarationTopics;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.model.InstrumentLevel;
import org.rogatory.treaty.rules.ApplicableRule;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RuleSet;
import org.rogatory.treaty.rules.RulesBetweenStates;

/**
 * {@link KnownRules} answers every question exactly as the {@link RuleSet} it sorts: for every instrument of the
 * knowledge base, between parties, non-parties and States with declarations, for every kind and every subject. (In
 * the host's package, because the class is the rule families' own.)
 */
class KnownRulesTest {

    private static final ConventionKnowledgeBase KB = ConventionKnowledgeBase.bundled();

    @Test
    void answersLikeTheRuleSetForEveryInstrumentAndPairOfStates() {
        List<State> states = List.of(state("P", ConventionStatus.PARTY), state("S", ConventionStatus.SIGNATORY),
                state("N", ConventionStatus.NON_SIGNATORY), declaring(state("Q", ConventionStatus.PARTY)));
        RulesBetweenStates service = new RulesBetweenStates(KB);
        int compared = 0;
        for (InstrumentEntry instrument : KB.instruments()) {
            for (State requesting : states) {
                List<State> requested = new ArrayList<>(states);
                if (instrument.level() != InstrumentLevel.INTERNATIONAL) {
                    requested.add(null);
                }
                for (State target : requested) {
                    if (target == requesting) {
                        continue;
                    }
                    RuleSet set = service.rulesFor(instrument.key(), requesting, target);
                    assertSameAnswers(set, new KnownRules(set));
                    compared++;
                }
            }
        }
        assertTrue(compared > 100, compared + " rule sets compared");
    }

    @Test
    void anEmptySetHasNoRulesOfAnyKind() {
        KnownRules rules = new KnownRules(new RuleSet("none", List.of()));
        for (RuleKind kind : RuleKind.values()) {
            assertEquals(List.of(), rules.ofKind(kind));
            assertTrue(rules.find(kind, "convention").isEmpty());
        }
        assertTrue(rules.conventionApplies());
    }

    private static void assertSameAnswers(RuleSet set, KnownRules rules) {
        assertSame(set, rules.set());
        assertEquals(set.conventionApplies(), rules.conventionApplies(), set.instrumentKey());
        Set<String> subjects = new LinkedHashSet<>(List.of("no-such-subject"));
        set.rules().stream().map(ApplicableRule::subject).forEach(subjects::add);
        for (RuleKind kind : RuleKind.values()) {
            assertEquals(set.ofKind(kind), rules.ofKind(kind), set.instrumentKey() + " " + kind);
            for (String subject : subjects) {
                assertEquals(set.find(kind, subject), rules.find(kind, subject),
                        set.instrumentKey() + " " + kind + " " + subject);
            }
        }
    }

    private static State state(String code, ConventionStatus status) {
        State state = ScenarioFactory.eINSTANCE.createState();
        state.setId(code);
        state.setCode(code);
        state.setName("State " + code);
        state.setConventionStatus(status);
        return state;
    }

    private static State declaring(State state) {
        for (String topic : List.of(DeclarationTopics.PRESERVATION_DUAL_CRIMINALITY,
                DeclarationTopics.DIPLOMATIC_CHANNEL_REQUIRED, DeclarationTopics.INTERPOL_CHANNEL_ACCEPTED)) {
            Declaration declaration = ScenarioFactory.eINSTANCE.createDeclaration();
            declaration.setId(state.getId() + "-" + topic);
            declaration.setTopic(topic);
            state.getDeclarations().add(declaration);
        }
        return state;
    }
}
