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
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Verdict;

/**
 * The requested side answers a request from A: grounds the Convention allows are met, excluded grounds are breaches,
 * preservation's list is closed, and a dual-criminality ground fails when the conduct is a crime at home.
 */
class RefusalGroundsRuleTest {

    private final Casebook k = new Casebook();

    private Evaluation answer(Instrument instrument, String article, String... grounds) throws IOException {
        k.answer("r", instrument, article, k.offence(k.doping), grounds);
        return k.decide("r");
    }

    @Test
    void essentialInterestsMayBeInvoked() throws IOException {
        k.homeIs(k.d);
        Evaluation e = answer(Instrument.REFUSE, "Art. 40", "essential-interests");
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertFinding(e, "refusal-grounds", Outcome.MET, "Art. 40");
        assertEquals(List.of("refusal-grounds"), rulesWith(e, Outcome.MET));
        assertEquals(scores("legality", 1), e.scoreDeltas());
    }

    @Test
    void bankSecrecyIsNoGround() throws IOException {
        k.homeIs(k.d);
        Evaluation e = answer(Instrument.REFUSE, "Art. 40", "bank-secrecy");
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        Finding refusal = assertFinding(e, "refusal-grounds", Outcome.BREACHED, "Art. 40");
        assertTrue(refusal.explanation().startsWith(
                "You relied on this ground: Bank secrecy. The Convention does not allow it."), refusal.explanation());
        assertEquals(scores("legality", -2), e.scoreDeltas());
    }

    @Test
    void theFiscalNatureOfTheOffenceAloneIsNoGround() throws IOException {
        k.homeIs(k.d);
        assertFinding(answer(Instrument.REFUSE, null, "fiscal-matter-only"), "refusal-grounds", Outcome.BREACHED,
                "Art. 40");
    }

    @Test
    void aPoliticalOffenceGroundMustBeRaisedAsAGroundTheConventionHas() throws IOException {
        k.homeIs(k.d);
        Finding refusal = assertFinding(answer(Instrument.REFUSE, "Art. 40", "political-offence"),
                "refusal-grounds", Outcome.BREACHED, "Art. 40");
        assertTrue(refusal.explanation().contains("sovereignty, security, ordre public or other essential interests"),
                refusal.explanation());
    }

    @Test
    void aPreservationRequestMayNotBeRefusedOnAGroundOutsideItsClosedList() throws IOException {
        k.homeIs(k.d);
        Finding refusal = assertFinding(answer(Instrument.REFUSE, "Art. 42", "dual-criminality-absent"),
                "refusal-grounds", Outcome.BREACHED, "Art. 42");
        assertTrue(refusal.explanation().contains("closed"), refusal.explanation());
    }

    @Test
    void theDualCriminalityReservationNeedsTheReservation() throws IOException {
        k.homeIs(k.d);
        Finding refusal = assertFinding(
                answer(Instrument.REFUSE, "Art. 42", "preservation-dual-criminality-reservation"),
                "refusal-grounds", Outcome.BREACHED, "Art. 42");
        assertTrue(refusal.explanation().contains("made none"), refusal.explanation());
    }

    @Test
    void aStateWithTheReservationMayRefusePreservationForANonConventionOffenceThatIsNoCrimeThere()
            throws IOException {
        k.homeIs(k.b);
        Evaluation e = answer(Instrument.REFUSE, "Art. 42", "preservation-dual-criminality-reservation");
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertFinding(e, "refusal-grounds", Outcome.MET, "Art. 42");
    }

    @Test
    void theReservationDoesNotCoverConventionOffences() throws IOException {
        k.homeIs(k.b);
        k.answer("r", Instrument.REFUSE, "Art. 42", k.offence(k.images), "preservation-dual-criminality-reservation");
        Finding refusal = assertFinding(k.decide("r"), "refusal-grounds", Outcome.BREACHED, "Art. 42");
        assertTrue(refusal.explanation().contains("Preserve the data"), refusal.explanation());
    }

    @Test
    void missingDualCriminalityFailsWhenTheConductIsACrimeAtHomeUnderAnotherName() throws IOException {
        k.homeIs(k.b);
        k.b.getDomesticOffences().stream().filter(o -> o.getConducts().contains(k.access))
                .forEach(o -> o.setName("Computer trespass"));
        k.answer("r", Instrument.REFUSE, "Art. 40", k.offence(k.access), "dual-criminality-absent");
        Finding refusal = assertFinding(k.decide("r"), "refusal-grounds", Outcome.BREACHED, "Art. 40", "Art. 35");
        assertTrue(refusal.explanation().contains("Computer trespass"), refusal.explanation());
    }

    @Test
    void missingDualCriminalityMayBeInvokedWhenTheConductIsNoCrimeAtHome() throws IOException {
        k.homeIs(k.b);
        k.answer("r", Instrument.REFUSE, "Art. 40", k.offence(k.images), "dual-criminality-absent");
        assertFinding(k.decide("r"), "refusal-grounds", Outcome.MET, "Art. 40");
    }

    @Test
    void aPostponementGroundDoesNotJustifyARefusal() throws IOException {
        k.homeIs(k.d);
        Finding refusal = assertFinding(answer(Instrument.REFUSE, "Art. 40", "ongoing-domestic-proceedings"),
                "refusal-grounds", Outcome.BREACHED, "Art. 40");
        assertTrue(refusal.explanation().contains("Postpone it instead"), refusal.explanation());
    }

    @Test
    void ongoingDomesticProceedingsJustifyAPostponement() throws IOException {
        k.homeIs(k.d);
        assertFinding(answer(Instrument.POSTPONE, "Art. 40", "ongoing-domestic-proceedings"), "refusal-grounds",
                Outcome.MET, "Art. 40");
    }

    @Test
    void aRefusalWithoutAnyGroundIsBreached() throws IOException {
        k.homeIs(k.d);
        Finding refusal = assertFinding(answer(Instrument.REFUSE, "Art. 40"), "refusal-grounds", Outcome.BREACHED,
                "Art. 40");
        assertTrue(refusal.explanation().contains("must state its reasons"), refusal.explanation());
    }

    @Test
    void dataProtectionLawJustifiesConditions() throws IOException {
        k.homeIs(k.d);
        assertFinding(answer(Instrument.EXECUTE_WITH_CONDITIONS, "Art. 40", "personal-data-protection"),
                "refusal-grounds", Outcome.MET, "Art. 36");
    }

    @Test
    void oneExcludedGroundAmongAllowedOnesStillBreaches() throws IOException {
        k.homeIs(k.d);
        Evaluation e = answer(Instrument.REFUSE, "Art. 40", "essential-interests", "bank-secrecy",
                "fiscal-matter-only");
        Finding refusal = assertFinding(e, "refusal-grounds", Outcome.BREACHED, "Art. 40");
        assertTrue(refusal.explanation().endsWith(
                "These grounds are not allowed here either: offence involves fiscal matters."), refusal.explanation());
    }
}
