package org.rogatory.treaty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rogatory.model.scenario.DeclarationKind;
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
 * MLA requests go from central authority to central authority, unless the requested State requires the diplomatic
 * channel; INTERPOL only where both States accept it; in a language the requested State accepts.
 */
class MlaChannelRulesTest {

    private final RulesBetweenStates rules = new RulesBetweenStates(ConventionKnowledgeBase.bundled());
    private final State arland = TestStates.party("Arland");

    private RuleSet towards(State requested) {
        return rules.rulesFor("mla-stored-data", arland, requested);
    }

    private static ApplicableRule channel(RuleSet set, String key) {
        return set.find(RuleKind.CHANNEL, key).orElseThrow();
    }

    @Test
    void centralAuthoritiesAreTheChannelWhenNoDiplomaticChannelIsRequired() {
        RuleSet set = towards(TestStates.party("Borduria"));
        assertEquals(RuleEffect.PROPER, channel(set, "central-authority").effect());
        assertEquals(RuleEffect.CONDITION_NOT_MET, channel(set, "diplomatic").effect());
        assertEquals("Art. 40", channel(set, "central-authority").citationText());
    }

    @Test
    void requestedStatesDeclarationMakesTheDiplomaticChannelRequired() {
        State borduria = TestStates.declare(TestStates.party("Borduria"), DeclarationKind.DECLARATION,
                DeclarationTopics.DIPLOMATIC_CHANNEL_REQUIRED);
        RuleSet set = towards(borduria);
        assertEquals(RuleEffect.REQUIRED, channel(set, "diplomatic").effect());
        assertTrue(channel(set, "diplomatic").statement().contains("Borduria"));
        assertEquals(RuleEffect.NOT_ALLOWED, channel(set, "central-authority").effect());
    }

    @Test
    void requestingStatesOwnDiplomaticDeclarationDoesNotBindTheRequestedState() {
        State arlandDeclares = TestStates.declare(TestStates.party("Arland"), DeclarationKind.DECLARATION,
                DeclarationTopics.DIPLOMATIC_CHANNEL_REQUIRED);
        RuleSet set = rules.rulesFor("mla-request", arlandDeclares, TestStates.party("Borduria"));
        assertEquals(RuleEffect.PROPER, channel(set, "central-authority").effect());
    }

    @Test
    void interpolNeedsBothStatesToAcceptIt() {
        State borduria = TestStates.declare(TestStates.party("Borduria"), DeclarationKind.DECLARATION,
                DeclarationTopics.INTERPOL_CHANNEL_ACCEPTED);
        ApplicableRule onlyRequested = channel(towards(borduria), "interpol");
        assertEquals(RuleEffect.CONDITION_NOT_MET, onlyRequested.effect());
        assertTrue(onlyRequested.statement().contains("Arland"), onlyRequested.statement());
        TestStates.declare(arland, DeclarationKind.DECLARATION, DeclarationTopics.INTERPOL_CHANNEL_ACCEPTED);
        ApplicableRule both = channel(towards(borduria), "interpol");
        assertEquals(RuleEffect.CONDITIONAL, both.effect());
        assertTrue(both.statement().contains("urgent"), both.statement());
    }

    @Test
    void requestsMustBeInALanguageTheRequestedStateAccepts() {
        State borduria = TestStates.declare(TestStates.party("Borduria"), DeclarationKind.NOTIFICATION,
                DeclarationTopics.ACCEPTED_LANGUAGES, "en", "fr");
        ApplicableRule rule = towards(borduria).find(RuleKind.LANGUAGE, RuleSubjects.LANGUAGES).orElseThrow();
        assertEquals(RuleEffect.REQUIRED, rule.effect());
        assertTrue(rule.statement().contains("en, fr"), rule.statement());
        assertEquals(RuleEffect.NOT_STATED, towards(TestStates.party("Carpania"))
                .find(RuleKind.LANGUAGE, RuleSubjects.LANGUAGES).orElseThrow().effect());
    }

    @Test
    void fiscalNatureAndBankSecrecyMayNotBeInvoked() {
        RuleSet set = towards(TestStates.party("Borduria"));
        assertEquals(RuleEffect.MAY_NOT_INVOKE, set.find(RuleKind.REFUSAL_GROUND, "fiscal-matter-only").orElseThrow()
                .effect());
        assertEquals(RuleEffect.MAY_NOT_INVOKE, set.find(RuleKind.REFUSAL_GROUND, "bank-secrecy").orElseThrow()
                .effect());
        assertEquals(RuleEffect.POSTPONE_ONLY,
                set.find(RuleKind.REFUSAL_GROUND, "ongoing-domestic-proceedings").orElseThrow().effect());
        assertEquals(RuleEffect.MAY_DECLINE,
                set.find(RuleKind.DUAL_CRIMINALITY, RuleSubjects.DUAL_CRIMINALITY).orElseThrow().effect());
    }
}
