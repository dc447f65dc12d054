package org.rogatory.engine.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Verdict;

/**
 * Nationality decides extradition: a State that does not extradite its nationals will refuse, and a State that
 * refuses on nationality alone must prosecute at home when asked.
 */
class ExtraditionRuleTest {

    private final Casebook k = new Casebook();

    @Test
    void askingAStateToExtraditeItsOwnNationalIsWeakerThanAskingItToProsecute() throws IOException {
        k.action("x", Instrument.EXTRADITION_REQUEST, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.images))
                .getPersons().add(k.suspect("Sam", k.d));
        Evaluation e = k.decide("x");
        assertEquals(Verdict.COMPLIANT_WEAKER, e.verdict());
        Finding extradition = assertFinding(e, "extradition", Outcome.WEAKER, "Art. 37");
        assertEquals(Criteria.EFFICIENCY, extradition.criterion());
        assertTrue(extradition.explanation().contains("submit the case to its own prosecutors"),
                extradition.explanation());
        assertEquals(List.of("extradition"), rulesWith(e, Outcome.WEAKER));
        assertEquals(scores("legality", 1, "efficiency", 0), e.scoreDeltas());
    }

    @Test
    void nationalityIsNoObstacleWhereTheRequestedStateExtraditesItsNationals() throws IOException {
        k.action("x", Instrument.EXTRADITION_REQUEST, k.b, Channel.CENTRAL_AUTHORITY, k.offence(k.access))
                .getPersons().add(k.suspect("Bo", k.b));
        Evaluation e = k.decide("x");
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertFinding(e, "extradition", Outcome.MET, "Art. 37");
    }

    @Test
    void aForeignerCanBeSurrenderedByAStateThatKeepsItsOwnNationals() throws IOException {
        k.action("x", Instrument.EXTRADITION_REQUEST, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.images))
                .getPersons().add(k.suspect("Cy", k.c));
        Finding extradition = assertFinding(k.decide("x"), "extradition", Outcome.MET, "Art. 37");
        assertTrue(extradition.explanation().contains("Cy is not a national of Delvia"), extradition.explanation());
    }

    @Test
    void refusingToExtraditeAnOwnNationalIsAllowedAndBringsTheDutyToProsecute() throws IOException {
        k.homeIs(k.d);
        k.answer("r", Instrument.REFUSE, "Art. 37", k.offence(k.images), "own-national").getPersons()
                .add(k.suspect("Sam", k.d));
        Evaluation e = k.decide("r");
        assertEquals(Verdict.COMPLIANT, e.verdict());
        Finding extradition = assertFinding(e, "extradition", Outcome.MET, "Art. 37");
        assertTrue(extradition.explanation().contains("own prosecutors without undue delay"),
                extradition.explanation());
        assertSilent(e, "refusal-grounds");
        assertEquals(scores("legality", 1), e.scoreDeltas());
    }

    @Test
    void refusingAForeignerOnTheGroundOfNationalityIsBreached() throws IOException {
        k.homeIs(k.d);
        k.answer("r", Instrument.REFUSE, "Art. 37", k.offence(k.images), "own-national").getPersons()
                .add(k.suspect("Al", k.a));
        Evaluation e = k.decide("r");
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        Finding extradition = assertFinding(e, "extradition", Outcome.BREACHED, "Art. 37");
        assertTrue(extradition.explanation().startsWith("Al is not a national of your State"),
                extradition.explanation());
        assertEquals(List.of("extradition"), rulesWith(e, Outcome.BREACHED));
        assertEquals(scores("legality", -2), e.scoreDeltas());
    }

    @Test
    void prosecutingTheNationalAtHomeFulfilsTheDuty() throws IOException {
        k.homeIs(k.d);
        k.action("p", Instrument.PROSECUTE_DOMESTICALLY, k.a, Channel.NONE, k.offence(k.images)).getPersons()
                .add(k.suspect("Sam", k.d));
        Evaluation e = k.decide("p");
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertFinding(e, "extradition", Outcome.MET, "Art. 37");
        assertEquals(scores("legality", 1), e.scoreDeltas());
    }

    @Test
    void aDiscriminatoryPurposeIsAGroundTheRequestedStateMayInvoke() throws IOException {
        k.homeIs(k.d);
        k.answer("r", Instrument.REFUSE, "Art. 37", k.offence(k.images), "extradition-non-discrimination");
        Evaluation e = k.decide("r");
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertFinding(e, "refusal-grounds", Outcome.MET, "Art. 37");
        assertSilent(e, "extradition");
    }

    @Test
    void aPoliticalOffenceIsNoExpressGroundForRefusingExtradition() throws IOException {
        k.homeIs(k.d);
        k.answer("r", Instrument.REFUSE, "Art. 37", k.offence(k.images), "extradition-political-offence");
        assertFinding(k.decide("r"), "refusal-grounds", Outcome.BREACHED, "Art. 37");
    }
}
