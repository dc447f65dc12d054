package org.rogatory.treaty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
 * A preservation request (Art. 42) needs no dual criminality, unless the requested State made the reservation; the
 * data is kept at least 60 days; the 24/7 network carries it; and refusal is limited to a closed list.
 */
class PreservationRulesTest {

    private static final String PRESERVATION = "international-preservation";

    private final RulesBetweenStates rules = new RulesBetweenStates(ConventionKnowledgeBase.bundled());
    private final State arland = TestStates.party("Arland");

    private RuleSet towards(State requested) {
        return rules.rulesFor(PRESERVATION, arland, requested);
    }

    @Test
    void dualCriminalityIsNotRequiredWithoutAReservation() {
        RuleSet set = towards(TestStates.party("Borduria"));
        ApplicableRule rule = set.find(RuleKind.DUAL_CRIMINALITY, RuleSubjects.DUAL_CRIMINALITY).orElseThrow();
        assertEquals(RuleEffect.NOT_REQUIRED, rule.effect());
        assertEquals("Art. 42", rule.citationText());
        assertTrue(rule.statement().contains("Borduria"), rule.statement());
        assertEquals(RuleEffect.MAY_NOT_INVOKE,
                set.find(RuleKind.REFUSAL_GROUND, "preservation-dual-criminality-reservation").orElseThrow().effect());
        assertEquals(RuleEffect.MAY_NOT_INVOKE,
                set.find(RuleKind.REFUSAL_GROUND, "preservation-dual-criminality-absent").orElseThrow().effect());
    }

    @Test
    void theArticleFortyTwoReservationLetsTheRequestedStateDecline() {
        State borduria = TestStates.declare(TestStates.party("Borduria"), DeclarationKind.RESERVATION,
                DeclarationTopics.PRESERVATION_DUAL_CRIMINALITY);
        RuleSet set = towards(borduria);
        ApplicableRule rule = set.find(RuleKind.DUAL_CRIMINALITY, RuleSubjects.DUAL_CRIMINALITY).orElseThrow();
        assertEquals(RuleEffect.MAY_DECLINE, rule.effect());
        assertTrue(rule.statement().contains("not a Convention offence"), rule.statement());
        assertEquals("Art. 42", rule.citationText());
        assertEquals(RuleEffect.MAY_INVOKE,
                set.find(RuleKind.REFUSAL_GROUND, "preservation-dual-criminality-reservation").orElseThrow().effect());
    }

    @Test
    void preservationLastsAtLeastSixtyDays() {
        ApplicableRule rule = towards(TestStates.party("Borduria"))
                .find(RuleKind.THRESHOLD, "preservation-minimum-period").orElseThrow();
        assertTrue(rule.statement().contains("60 days"), rule.statement());
        assertEquals("Art. 42", rule.citationText());
    }

    @Test
    void theTwentyFourSevenNetworkIsTheChannel() {
        RuleSet set = towards(TestStates.party("Borduria"));
        assertEquals(List.of("twenty-four-seven"), set.ofKind(RuleKind.CHANNEL).stream().map(ApplicableRule::subject)
                .toList());
        assertEquals(RuleEffect.PROPER, set.find(RuleKind.CHANNEL, "twenty-four-seven").orElseThrow().effect());
    }

    @Test
    void requestContentsAreSixRequiredItemsAndOneOptional() {
        List<ApplicableRule> contents = towards(TestStates.party("Borduria")).ofKind(RuleKind.REQUEST_CONTENT);
        assertEquals(6, contents.stream().filter(r -> r.effect() == RuleEffect.REQUIRED).count());
        assertEquals(List.of("confidentiality-no-notice"), contents.stream()
                .filter(r -> r.effect() == RuleEffect.OPTIONAL).map(ApplicableRule::subject).toList());
    }

    @Test
    void refusalIsLimitedToTheListedGrounds() {
        RuleSet set = towards(TestStates.party("Borduria"));
        assertEquals(RuleEffect.MAY_NOT_INVOKE,
                set.find(RuleKind.REFUSAL_GROUND, RuleSubjects.OTHER_GROUNDS).orElseThrow().effect());
        assertEquals(RuleEffect.MAY_INVOKE, set.find(RuleKind.REFUSAL_GROUND, "essential-interests").orElseThrow()
                .effect());
        assertEquals(RuleEffect.MAY_NOT_INVOKE,
                set.find(RuleKind.REFUSAL_GROUND, "political-offence").orElseThrow().effect());
    }

    @Test
    void scopeCoversSeriousCrimeWithTheVerifiedFourYearThreshold() {
        RuleSet set = towards(TestStates.party("Borduria"));
        assertEquals("Art. 35", set.find(RuleKind.SCOPE, RuleSubjects.SCOPE).orElseThrow().citationText());
        assertEquals("Art. 2(h)", set.find(RuleKind.THRESHOLD, "serious-crime-threshold").orElseThrow()
                .citationText());
    }
}
