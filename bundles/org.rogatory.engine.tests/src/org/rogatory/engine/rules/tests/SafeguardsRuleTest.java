package org.rogatory.engine.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rogatory.engine.rules.tests.Casebook.assertFinding;
import static org.rogatory.engine.rules.tests.Casebook.rulesWith;
import static org.rogatory.engine.rules.tests.Casebook.scores;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.rules.Criteria;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Urgency;
import org.rogatory.model.scenario.Verdict;

/** Intrusive measures must be proportionate; emergency disclosure needs a real emergency. Both bear on rights. */
class SafeguardsRuleTest {

    private final Casebook k = new Casebook();

    @Test
    void interceptionForASeriousCrimeCanBeProportionate() throws IOException {
        k.action("i", Instrument.MLA_INTERCEPTION, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.smuggling));
        Evaluation e = k.decide("i");
        assertEquals(Verdict.COMPLIANT, e.verdict());
        Finding safeguards = assertFinding(e, "safeguards", Outcome.MET, "Art. 6(1)", "Art. 24");
        assertEquals(Criteria.RIGHTS, safeguards.criterion());
        assertTrue(safeguards.explanation().startsWith("Migrant smuggling arranged online is a serious crime"),
                safeguards.explanation());
        assertEquals(scores("legality", 1, "rights", 1), e.scoreDeltas());
    }

    @Test
    void interceptionAbroadForAMinorOffenceIsDisproportionate() throws IOException {
        k.action("i", Instrument.MLA_INTERCEPTION, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.insult));
        Evaluation e = k.decide("i");
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        Finding safeguards = assertFinding(e, "safeguards", Outcome.BREACHED, "Art. 6(1)", "Art. 24", "Art. 2(h)");
        assertTrue(safeguards.explanation().contains("not proportionate"), safeguards.explanation());
        assertEquals(List.of("scope", "safeguards"), rulesWith(e, Outcome.BREACHED));
        assertEquals(scores("legality", -2, "rights", -2), e.scoreDeltas());
    }

    @Test
    void domesticInterceptionForAMinorOffenceIsDisproportionate() throws IOException {
        k.action("i", Instrument.INTERCEPTION, null, Channel.DOMESTIC_COURT, k.offence(k.insult));
        Evaluation e = k.decide("i");
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        assertFinding(e, "safeguards", Outcome.BREACHED, "Art. 6(1)", "Art. 24", "Art. 2(h)");
        assertEquals(scores("rights", -2), e.scoreDeltas());
    }

    @Test
    void realTimeCollectionForAConventionOffenceCanBeProportionate() throws IOException {
        k.action("t", Instrument.REAL_TIME_COLLECTION, null, Channel.DOMESTIC_COURT, k.offence(k.access));
        Evaluation e = k.decide("t");
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertFinding(e, "safeguards", Outcome.MET, "Art. 6(1)", "Art. 24");
    }

    @Test
    void emergencyDisclosureIsJustifiedInAnEmergency() throws IOException {
        k.action("x", Instrument.EMERGENCY_DISCLOSURE_REQUEST, k.d, Channel.TWENTY_FOUR_SEVEN, k.offence(k.images))
                .setUrgency(Urgency.EMERGENCY);
        Evaluation e = k.decide("x");
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertFinding(e, "safeguards", Outcome.MET, "Art. 2(o)", "Art. 41");
    }

    @Test
    void emergencyDisclosureWithoutAnEmergencyIsBreached() throws IOException {
        k.action("x", Instrument.EMERGENCY_DISCLOSURE_REQUEST, k.d, Channel.TWENTY_FOUR_SEVEN, k.offence(k.images))
                .setUrgency(Urgency.URGENT);
        Evaluation e = k.decide("x");
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        Finding safeguards = assertFinding(e, "safeguards", Outcome.BREACHED, "Art. 2(o)", "Art. 41");
        assertEquals(Criteria.RIGHTS, safeguards.criterion());
        assertEquals(List.of("Art. 2(o)", "Art. 41"), e.citations());
        assertEquals(scores("legality", 1, "rights", -2), e.scoreDeltas());
    }
}
