package org.rogatory.treaty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.rules.ApplicableRule;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RuleSet;
import org.rogatory.treaty.rules.RuleSubjects;
import org.rogatory.treaty.rules.RulesBetweenStates;

/**
 * The Convention binds only its parties: a signatory or a non-signatory on either side removes the treaty basis for
 * an international measure. Forbidden actions are forbidden whatever the States.
 */
class TreatyBasisRulesTest {

    private final RulesBetweenStates rules = new RulesBetweenStates(ConventionKnowledgeBase.bundled());
    private final State arland = TestStates.party("Arland");

    @Test
    void twoPartiesHaveTheConventionAsTreatyBasis() {
        RuleSet set = rules.rulesFor("mla-request", arland, TestStates.party("Borduria"));
        assertTrue(set.conventionApplies());
        ApplicableRule basis = set.find(RuleKind.TREATY_BASIS, RuleSubjects.CONVENTION).orElseThrow();
        assertEquals(RuleEffect.APPLIES, basis.effect());
        assertEquals("Art. 65", basis.citationText());
    }

    @Test
    void signatoryRequestedStateIsNotBound() {
        RuleSet set = rules.rulesFor("mla-request", arland,
                TestStates.state("Borduria", ConventionStatus.SIGNATORY));
        assertFalse(set.conventionApplies());
        ApplicableRule requested = set.find(RuleKind.CONVENTION_STATUS, RuleSubjects.REQUESTED).orElseThrow();
        assertEquals(RuleEffect.DOES_NOT_APPLY, requested.effect());
        assertTrue(requested.statement().contains("signed"), requested.statement());
        assertTrue(set.find(RuleKind.TREATY_BASIS, RuleSubjects.CONVENTION).orElseThrow().statement()
                .contains("Borduria"));
    }

    @Test
    void nonSignatoryRequestedStateGivesNoTreatyBasis() {
        RuleSet set = rules.rulesFor("international-preservation", arland,
                TestStates.state("Borduria", ConventionStatus.NON_SIGNATORY));
        assertFalse(set.conventionApplies());
        assertEquals(RuleEffect.APPLIES,
                set.find(RuleKind.CONVENTION_STATUS, RuleSubjects.REQUESTING).orElseThrow().effect());
        assertEquals(RuleEffect.DOES_NOT_APPLY,
                set.find(RuleKind.TREATY_BASIS, RuleSubjects.CONVENTION).orElseThrow().effect());
    }

    @Test
    void domesticMeasureNeedsNoRequestedStateAndNoTreatyBasis() {
        RuleSet set = rules.rulesFor(Instrument.PRESERVATION_ORDER, arland, null).orElseThrow();
        assertTrue(set.ofKind(RuleKind.TREATY_BASIS).isEmpty());
        assertEquals("Art. 25", set.find(RuleKind.THRESHOLD, "domestic-preservation-maximum").orElseThrow()
                .citationText());
    }

    @Test
    void internationalMeasureWithoutRequestedStateIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> rules.rulesFor("mla-request", arland, null));
        assertThrows(IllegalArgumentException.class, () -> rules.rulesFor("no-such-instrument", arland, arland));
    }

    @Test
    void remoteAccessAbroadIsForbiddenWhateverTheStates() {
        RuleSet set = rules.rulesFor("unilateral-remote-access", arland, TestStates.party("Borduria"));
        ApplicableRule prohibition = set.find(RuleKind.PROHIBITION, RuleSubjects.PROHIBITION).orElseThrow();
        assertEquals(RuleEffect.FORBIDDEN, prohibition.effect());
        assertEquals("Art. 5(2)", prohibition.citationText());
        assertTrue(set.ofKind(RuleKind.TREATY_BASIS).isEmpty());
        assertEquals(RuleEffect.NO_TREATY_BASIS, rules.rulesFor("direct-request-to-foreign-provider", arland,
                TestStates.party("Borduria")).find(RuleKind.PROHIBITION, RuleSubjects.PROHIBITION).orElseThrow()
                .effect());
    }

    @Test
    void requestedSideResponsesHaveNoRulesOfTheirOwn() {
        assertTrue(rules.rulesFor(Instrument.REFUSE, arland, TestStates.party("Borduria")).isEmpty());
    }
}
