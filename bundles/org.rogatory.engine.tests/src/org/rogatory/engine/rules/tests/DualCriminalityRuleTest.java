package org.rogatory.engine.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rogatory.engine.rules.tests.Casebook.FULL_MLA;
import static org.rogatory.engine.rules.tests.Casebook.FULL_PRESERVATION;
import static org.rogatory.engine.rules.tests.Casebook.assertFinding;
import static org.rogatory.engine.rules.tests.Casebook.rulesWith;
import static org.rogatory.engine.rules.tests.Casebook.scores;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Verdict;

/**
 * Preservation needs no dual criminality unless reserved, MLA may be declined without it, extradition needs it with
 * a minimum penalty in both States; always judged by the conduct.
 */
class DualCriminalityRuleTest {

    private final Casebook k = new Casebook();

    @Test
    void preservationNeedsNoDualCriminality() throws IOException {
        k.drafted("p", Instrument.PRESERVATION_REQUEST, k.d, Channel.TWENTY_FOUR_SEVEN, k.offence(k.doping));
        Evaluation e = k.decide("p", FULL_PRESERVATION);
        assertEquals(Verdict.COMPLIANT, e.verdict());
        Finding dc = assertFinding(e, "dual-criminality", Outcome.MET, "Art. 42");
        assertTrue(dc.explanation().contains("not a condition"), dc.explanation());
    }

    @Test
    void theReservationDoesNotReachConventionOffences() throws IOException {
        k.drafted("p", Instrument.PRESERVATION_REQUEST, k.b, Channel.TWENTY_FOUR_SEVEN, k.offence(k.images));
        Finding dc = assertFinding(k.decide("p", FULL_PRESERVATION), "dual-criminality", Outcome.MET, "Art. 42");
        assertTrue(dc.explanation().contains("only offences outside the Convention"), dc.explanation());
    }

    @Test
    void theReservationLetsTheRequestedStateRefuseForAConductThatIsNoCrimeThere() throws IOException {
        k.drafted("p", Instrument.PRESERVATION_REQUEST, k.b, Channel.TWENTY_FOUR_SEVEN, k.offence(k.doping));
        Evaluation e = k.decide("p", FULL_PRESERVATION);
        assertEquals(Verdict.COMPLIANT_WEAKER, e.verdict());
        Finding dc = assertFinding(e, "dual-criminality", Outcome.WEAKER, "Art. 42");
        assertTrue(dc.explanation().contains("Borduria may refuse"), dc.explanation());
        assertEquals(List.of("dual-criminality"), rulesWith(e, Outcome.WEAKER));
        assertEquals(List.of("Art. 42"), e.citations());
        assertEquals(scores("legality", 0), e.scoreDeltas());
    }

    @Test
    void theReservationDoesNotApplyWhenTheConductIsACrimeThere() throws IOException {
        k.drafted("p", Instrument.PRESERVATION_REQUEST, k.b, Channel.TWENTY_FOUR_SEVEN, k.offence(k.smuggling));
        assertFinding(k.decide("p", FULL_PRESERVATION), "dual-criminality", Outcome.MET, "Art. 42");
    }

    @Test
    void mlaMayBeDeclinedWhenTheConductIsNoCrimeInTheRequestedState() throws IOException {
        k.drafted("m", Instrument.MLA_STORED_DATA, k.b, Channel.DIPLOMATIC, k.offence(k.images));
        Evaluation e = k.decide("m", FULL_MLA);
        assertEquals(Verdict.COMPLIANT_WEAKER, e.verdict());
        Finding dc = assertFinding(e, "dual-criminality", Outcome.WEAKER, "Art. 40", "Art. 35");
        assertTrue(dc.explanation().contains("Borduria may decline"), dc.explanation());
        assertEquals(scores("legality", 0), e.scoreDeltas());
    }

    @Test
    void dualCriminalityIsJudgedByTheConductNotByTheOffencesName() throws IOException {
        k.b.getDomesticOffences().stream().filter(o -> o.getConducts().contains(k.access))
                .forEach(o -> o.setName("Computer trespass"));
        k.drafted("m", Instrument.MLA_STORED_DATA, k.b, Channel.DIPLOMATIC, k.offence(k.access));
        Finding dc = assertFinding(k.decide("m", FULL_MLA), "dual-criminality", Outcome.MET, "Art. 40", "Art. 35");
        assertTrue(dc.explanation().contains("not by the name"), dc.explanation());
    }

    @Test
    void extraditionNeedsTheMinimumPenaltyInBothStates() throws IOException {
        k.action("x", Instrument.EXTRADITION_REQUEST, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.access));
        Evaluation e = k.decide("x");
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        Finding dc = assertFinding(e, "dual-criminality", Outcome.BREACHED, "Art. 37", "Art. 35");
        assertTrue(dc.explanation().contains("at least 12 months"), dc.explanation());
        assertTrue(dc.explanation().contains("Delvia punishes it with up to 6 months"), dc.explanation());
        assertEquals(List.of("dual-criminality"), rulesWith(e, Outcome.BREACHED));
        assertEquals(scores("legality", -2), e.scoreDeltas());
    }

    @Test
    void extraditionForAConductThatIsNoCrimeInTheRequestedStateIsImpossible() throws IOException {
        k.action("x", Instrument.EXTRADITION_REQUEST, k.b, Channel.CENTRAL_AUTHORITY, k.offence(k.images));
        Finding dc = assertFinding(k.decide("x"), "dual-criminality", Outcome.BREACHED, "Art. 37", "Art. 35");
        assertTrue(dc.explanation().contains("not a crime under the law of Borduria"), dc.explanation());
    }

    @Test
    void extraditionForAConductPunishableByAYearInBothStatesMeetsDualCriminality() throws IOException {
        k.action("x", Instrument.EXTRADITION_REQUEST, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.images));
        Evaluation e = k.decide("x");
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertFinding(e, "dual-criminality", Outcome.MET, "Art. 37", "Art. 35");
    }

    @Test
    void aRequestRestingOnSeveralOffencesIsJudgedByTheOneThatQualifies() throws IOException {
        k.action("x", Instrument.EXTRADITION_REQUEST, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.access),
                k.offence(k.images));
        assertFinding(k.decide("x"), "dual-criminality", Outcome.MET, "Art. 37", "Art. 35");
    }
}
