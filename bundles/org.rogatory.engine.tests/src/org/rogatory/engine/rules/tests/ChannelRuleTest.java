package org.rogatory.engine.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rogatory.engine.rules.tests.Casebook.DAY;
import static org.rogatory.engine.rules.tests.Casebook.FULL_MLA;
import static org.rogatory.engine.rules.tests.Casebook.FULL_PRESERVATION;
import static org.rogatory.engine.rules.tests.Casebook.assertFinding;
import static org.rogatory.engine.rules.tests.Casebook.assertSilent;
import static org.rogatory.engine.rules.tests.Casebook.rulesWith;
import static org.rogatory.engine.rules.tests.Casebook.scores;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.rules.Criteria;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Urgency;
import org.rogatory.model.scenario.Verdict;

/**
 * The 24/7 point for urgent preservation, central authorities for MLA, the diplomatic channel where the requested
 * State requires it, INTERPOL only when urgent and accepted by both.
 */
class ChannelRuleTest {

    private final Casebook k = new Casebook();

    private Evaluation preservation(Channel channel, boolean dataAtRisk) throws IOException {
        Action p = k.drafted("p", Instrument.PRESERVATION_REQUEST, k.d, channel, k.offence(k.access));
        if (dataAtRisk) {
            Casebook.secures(p, k.data("logs", k.d, 10), EvidenceStatus.PRESERVED, 120);
        }
        return k.decide("p", FULL_PRESERVATION);
    }

    private Evaluation mla(Channel channel, Urgency urgency) throws IOException {
        k.drafted("m", Instrument.MLA_STORED_DATA, k.d, channel, k.offence(k.access)).setUrgency(urgency);
        return k.decide("m", FULL_MLA);
    }

    private Evaluation mlaToB(Channel channel, Urgency urgency) throws IOException {
        k.drafted("m", Instrument.MLA_STORED_DATA, k.b, channel, k.offence(k.access)).setUrgency(urgency);
        return k.decide("m", FULL_MLA);
    }

    @Test
    void preservationThroughThe24x7PointIsProper() throws IOException {
        Evaluation e = preservation(Channel.TWENTY_FOUR_SEVEN, true);
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertFinding(e, "channel", Outcome.MET, "Art. 41");
    }

    @Test
    void preservationThroughTheCentralAuthorityIsSlowWhenTheDataIsAtRisk() throws IOException {
        Evaluation e = preservation(Channel.CENTRAL_AUTHORITY, true);
        assertEquals(Verdict.COMPLIANT_WEAKER, e.verdict());
        Finding channel = assertFinding(e, "channel", Outcome.WEAKER, "Art. 41");
        assertEquals(Criteria.EFFICIENCY, channel.criterion());
        assertTrue(channel.explanation().contains("24/7 point of contact"), channel.explanation());
        assertEquals(List.of("channel"), rulesWith(e, Outcome.WEAKER));
        assertEquals(scores("legality", 1, "efficiency", 0, "timeliness", 1), e.scoreDeltas());
    }

    @Test
    void preservationThroughTheCentralAuthorityIsLawfulWhenNothingPresses() throws IOException {
        assertFinding(preservation(Channel.CENTRAL_AUTHORITY, false), "channel", Outcome.MET);
    }

    @Test
    void centralAuthoritiesAloneDoNotMeetADiplomaticRequirement() throws IOException {
        Evaluation e = mlaToB(Channel.CENTRAL_AUTHORITY, Urgency.ROUTINE);
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        Finding channel = assertFinding(e, "channel", Outcome.BREACHED, "Art. 40");
        assertTrue(channel.explanation().contains("Borduria requires"), channel.explanation());
        assertEquals(List.of("channel"), rulesWith(e, Outcome.BREACHED));
        assertEquals(scores("legality", -2), e.scoreDeltas());
    }

    @Test
    void theDiplomaticChannelMeetsTheRequirement() throws IOException {
        assertFinding(mlaToB(Channel.DIPLOMATIC, Urgency.ROUTINE), "channel", Outcome.MET, "Art. 40");
    }

    @Test
    void theDiplomaticChannelWithoutARequirementIsSlower() throws IOException {
        Evaluation e = mla(Channel.DIPLOMATIC, Urgency.ROUTINE);
        assertEquals(Verdict.COMPLIANT_WEAKER, e.verdict());
        assertEquals(Criteria.EFFICIENCY, assertFinding(e, "channel", Outcome.WEAKER, "Art. 40").criterion());
    }

    @Test
    void interpolNeedsBothStatesToAcceptIt() throws IOException {
        Finding channel = assertFinding(mla(Channel.INTERPOL, Urgency.URGENT), "channel", Outcome.BREACHED,
                "Art. 40");
        assertTrue(channel.explanation().contains("both States accept"), channel.explanation());
    }

    @Test
    void interpolAcceptedByBothStillNeedsAnUrgentCase() throws IOException {
        Finding channel = assertFinding(mlaToB(Channel.INTERPOL, Urgency.ROUTINE), "channel", Outcome.BREACHED,
                "Art. 40");
        assertTrue(channel.explanation().contains("only in urgent cases"), channel.explanation());
    }

    @Test
    void interpolAcceptedByBothMayCarryAnUrgentRequest() throws IOException {
        assertFinding(mlaToB(Channel.INTERPOL, Urgency.URGENT), "channel", Outcome.MET, "Art. 40");
    }

    @Test
    void theCentralAuthorityIsTheChannelForMla() throws IOException {
        assertFinding(mla(Channel.CENTRAL_AUTHORITY, Urgency.ROUTINE), "channel", Outcome.MET, "Art. 40");
    }

    @Test
    void the24x7PointIsNoChannelForAFormalMlaRequest() throws IOException {
        Finding channel = assertFinding(mla(Channel.TWENTY_FOUR_SEVEN, Urgency.URGENT), "channel", Outcome.BREACHED,
                "Art. 40");
        assertTrue(channel.explanation().contains("instead: Central authority"), channel.explanation());
    }

    @Test
    void aRequestStraightToAProviderAbroadIsNoChannel() throws IOException {
        Action p = k.drafted("p", Instrument.PRESERVATION_REQUEST, k.d, Channel.DIRECT_TO_PROVIDER,
                k.offence(k.access));
        p.setCost(DAY);
        assertFinding(k.decide("p", FULL_PRESERVATION), "channel", Outcome.BREACHED, "Art. 41");
    }

    @Test
    void anExtraditionRequestMayTravelThroughTheDiplomaticChannel() throws IOException {
        k.action("x", Instrument.EXTRADITION_REQUEST, k.d, Channel.DIPLOMATIC, k.offence(k.images));
        Evaluation e = k.decide("x");
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertFinding(e, "channel", Outcome.MET);
    }

    @Test
    void anActionWithoutAChannelLeavesTheChannelOut() throws IOException {
        assertSilent(mla(Channel.NONE, Urgency.ROUTINE), "channel");
    }
}
