package org.rogatory.treaty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rogatory.model.scenario.DeclarationKind;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.DeclarationTopics;
import org.rogatory.treaty.rules.ApplicableRule;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RuleSet;
import org.rogatory.treaty.rules.RuleSubjects;
import org.rogatory.treaty.rules.RulesBetweenStates;

/**
 * Extradition (Art. 37): Convention offences punishable by at least one year in both States, dual criminality, and
 * what the requested State's law on nationals and its declaration on the legal basis change.
 */
class ExtraditionRulesTest {

    private final RulesBetweenStates rules = new RulesBetweenStates(ConventionKnowledgeBase.bundled());
    private final State arland = TestStates.party("Arland");

    private RuleSet towards(State requested) {
        return rules.rulesFor("extradition", arland, requested);
    }

    @Test
    void offenceMustBePunishableByOneYearInBothStates() {
        RuleSet set = towards(TestStates.party("Borduria"));
        ApplicableRule threshold = set.find(RuleKind.THRESHOLD, "extradition-threshold").orElseThrow();
        assertTrue(threshold.statement().contains("both States"), threshold.statement());
        assertEquals("Art. 37", threshold.citationText());
        assertEquals(RuleEffect.REQUIRED,
                set.find(RuleKind.DUAL_CRIMINALITY, RuleSubjects.DUAL_CRIMINALITY).orElseThrow().effect());
        assertTrue(set.find(RuleKind.TREATY_RULE, "extradition-not-for-serious-crime").isPresent());
        assertEquals(RuleEffect.APPLIES, set.find(RuleKind.SCOPE, RuleSubjects.SCOPE).orElseThrow().effect());
    }

    @Test
    void stateThatDoesNotExtraditeNationalsMustProsecuteWhenAsked() {
        State borduria = TestStates.party("Borduria");
        borduria.setExtraditesNationals(false);
        ApplicableRule rule = towards(borduria).find(RuleKind.EXTRADITION_OF_NATIONALS, RuleSubjects.NATIONALS)
                .orElseThrow();
        assertEquals(RuleEffect.NOT_ALLOWED, rule.effect());
        assertTrue(rule.statement().contains("prosecutors") && rule.statement().contains("Arland"), rule.statement());
        assertEquals("Art. 37", rule.citationText());
    }

    @Test
    void stateThatExtraditesNationalsSaysSo() {
        State borduria = TestStates.party("Borduria");
        borduria.setExtraditesNationals(true);
        assertEquals(RuleEffect.ALLOWED, towards(borduria)
                .find(RuleKind.EXTRADITION_OF_NATIONALS, RuleSubjects.NATIONALS).orElseThrow().effect());
    }

    @Test
    void legalBasisFollowsTheRequestedStatesDeclaration() {
        State yes = TestStates.declare(TestStates.party("Borduria"), DeclarationKind.NOTIFICATION,
                DeclarationTopics.EXTRADITION_LEGAL_BASIS, "yes");
        State no = TestStates.declare(TestStates.party("Carpania"), DeclarationKind.NOTIFICATION,
                DeclarationTopics.EXTRADITION_LEGAL_BASIS, "no");
        assertEquals(RuleEffect.APPLIES, legalBasis(yes).effect());
        assertEquals(RuleEffect.DOES_NOT_APPLY, legalBasis(no).effect());
        assertEquals(RuleEffect.NOT_STATED, legalBasis(TestStates.party("Dorsia")).effect());
        assertEquals("Art. 37", legalBasis(yes).citationText());
    }

    @Test
    void nationalityMayBeInvokedButFiscalNatureMayNot() {
        RuleSet set = towards(TestStates.party("Borduria"));
        assertEquals(RuleEffect.MAY_INVOKE, set.find(RuleKind.REFUSAL_GROUND, "own-national").orElseThrow().effect());
        assertEquals(RuleEffect.MAY_NOT_INVOKE,
                set.find(RuleKind.REFUSAL_GROUND, "extradition-fiscal-matter-only").orElseThrow().effect());
    }

    @Test
    void provisionalArrestFollowsTheExtraditionRules() {
        RuleSet set = rules.rulesFor(Instrument.PROVISIONAL_ARREST_REQUEST, arland, TestStates.party("Borduria"))
                .orElseThrow();
        assertEquals("extradition", set.instrumentKey());
        assertTrue(set.find(RuleKind.THRESHOLD, "extradition-threshold").isPresent());
    }

    private ApplicableRule legalBasis(State requested) {
        return towards(requested).find(RuleKind.EXTRADITION_LEGAL_BASIS, RuleSubjects.LEGAL_BASIS).orElseThrow();
    }
}
