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
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.Session;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.Verdict;

/**
 * Logs held in D are deleted after 10 days. Preserving them is timely; an MLA request answered after 30 days without
 * a preservation loses them when a preservation request was on offer; so does waiting past the deletion.
 */
class TimelinessRuleTest {

    private final Casebook k = new Casebook();
    private final Offence offence = k.offence(k.access);
    private final DataItem logs = k.data("server-logs", k.d, 10);

    private Action preserve() {
        Action p = k.drafted("p", Instrument.PRESERVATION_REQUEST, k.d, Channel.TWENTY_FOUR_SEVEN, offence);
        Casebook.secures(p, logs, EvidenceStatus.PRESERVED, 120);
        return p;
    }

    private Action mla(int answeredAfterDays) {
        Action m = k.drafted("m", Instrument.MLA_STORED_DATA, k.d, Channel.CENTRAL_AUTHORITY, offence);
        Casebook.secures(m, logs, EvidenceStatus.DISCLOSED, answeredAfterDays * DAY);
        return m;
    }

    @Test
    void preservingDataAtRiskIsTimely() throws IOException {
        preserve();
        Evaluation e = k.decide("p", FULL_PRESERVATION);
        assertEquals(Verdict.COMPLIANT, e.verdict());
        Finding timeliness = assertFinding(e, "timeliness", Outcome.MET, "Art. 42");
        assertEquals(Criteria.TIMELINESS, timeliness.criterion());
        assertEquals(scores("legality", 1, "timeliness", 1), e.scoreDeltas());
    }

    @Test
    void mlaAnsweredAfterTheDeletionIsWeakerWhenPreservationWasOnOffer() throws IOException {
        preserve();
        mla(30);
        Evaluation e = k.decide("m", FULL_MLA);
        assertEquals(Verdict.COMPLIANT_WEAKER, e.verdict());
        Finding timeliness = assertFinding(e, "timeliness", Outcome.WEAKER, "Art. 42");
        assertTrue(timeliness.explanation().contains("the server logs will be deleted first"),
                timeliness.explanation());
        assertEquals(List.of("timeliness"), rulesWith(e, Outcome.WEAKER));
        assertEquals(List.of("Art. 42"), e.citations());
        assertEquals(scores("legality", 1, "timeliness", 0), e.scoreDeltas());
    }

    @Test
    void mlaAnsweredBeforeTheDeletionIsTimely() throws IOException {
        preserve();
        mla(2);
        assertFinding(k.decide("m", FULL_MLA), "timeliness", Outcome.MET, "Art. 44");
    }

    @Test
    void mlaIsNotMarkedDownWhenNoFasterMeasureWasOnOffer() throws IOException {
        mla(30);
        Evaluation e = k.decide("m", FULL_MLA);
        assertSilent(e, "timeliness");
        assertEquals(Verdict.COMPLIANT, e.verdict());
    }

    @Test
    void mlaAfterAPreservationRequestIsTimely() throws IOException {
        preserve();
        mla(30);
        Session session = k.session();
        session.take("p", new ActionInput(List.of(FULL_PRESERVATION)));
        Evaluation e = session.take("m", new ActionInput(List.of(FULL_MLA))).evaluation();
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertFinding(e, "timeliness", Outcome.MET, "Art. 44");
    }

    @Test
    void waitingWhileTheDataIsDeletedIsWeaker() throws IOException {
        preserve();
        k.action("w", Instrument.WAIT, null, Channel.NONE).setCost(20 * DAY);
        Evaluation e = k.decide("w");
        assertEquals(Verdict.COMPLIANT_WEAKER, e.verdict());
        Finding timeliness = assertFinding(e, "timeliness", Outcome.WEAKER, "Art. 42");
        assertTrue(timeliness.explanation().contains("the server logs will be deleted"), timeliness.explanation());
        assertEquals(scores("timeliness", 0), e.scoreDeltas());
    }

    @Test
    void waitingAShortWhileLosesNothing() throws IOException {
        preserve();
        k.action("w", Instrument.WAIT, null, Channel.NONE).setCost(DAY);
        Evaluation e = k.decide("w");
        assertSilent(e, "timeliness");
        assertEquals(Verdict.COMPLIANT, e.verdict());
    }
}
