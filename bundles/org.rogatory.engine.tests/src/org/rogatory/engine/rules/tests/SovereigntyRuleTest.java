package org.rogatory.engine.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.Engine;
import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.ClockPolicy;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.State;
import org.rogatory.model.scenario.Verdict;

class SovereigntyRuleTest {

    private static final Engine ENGINE = Engine.standard();

    private static Evaluation decide(Instrument instrument) throws IOException {
        ScenarioFactory f = ScenarioFactory.eINSTANCE;
        State home = f.createState();
        home.setId("A");
        State abroad = f.createState();
        abroad.setId("B");
        Scenario scenario = f.createScenario();
        scenario.setId("s");
        scenario.setTimeBudget(1000);
        scenario.setHomeState(home);
        DecisionPoint dp = f.createDecisionPoint();
        dp.setId("dp");
        Action action = f.createAction();
        action.setId("a");
        action.setLabel("a");
        action.setInstrument(instrument);
        action.setTargetState(abroad);
        dp.getActions().add(action);
        scenario.getDecisionPoints().add(dp);
        scenario.setStart(dp);
        return ENGINE.start(scenario, 1, DecisionListener.NONE).take("a", ActionInput.NONE).evaluation();
    }

    @Test
    void theClockTakesItsPeriodsFromTheKnowledgeBase() {
        assertEquals(new ClockPolicy(60, 90), ENGINE.clockPolicy());
    }

    @Test
    void remoteAccessToDataAbroadIsABreachOfSovereignty() throws IOException {
        Evaluation e = decide(Instrument.UNILATERAL_REMOTE_ACCESS);
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        assertEquals(java.util.List.of("Art. 5(2)"), e.citations(), "Art. 5(2) is verified, so its paragraph shows");
        assertTrue(e.explanation().contains("not allowed"), e.explanation());
    }

    @Test
    void anOrderStraightToAForeignProviderHasNoBasis() throws IOException {
        Evaluation e = decide(Instrument.DIRECT_REQUEST_TO_FOREIGN_PROVIDER);
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        assertTrue(e.explanation().contains("no basis"), e.explanation());
    }

    @Test
    void askingTheOtherStateRespectsItsSovereignty() throws IOException {
        Evaluation e = decide(Instrument.PRESERVATION_REQUEST);
        assertTrue(e.findings().stream().anyMatch(f -> f.ruleId().equals("sovereignty")
                && f.outcome() == Evaluation.Outcome.MET));
    }
}
