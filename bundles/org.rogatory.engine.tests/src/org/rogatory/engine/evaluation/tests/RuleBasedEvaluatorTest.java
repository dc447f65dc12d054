package org.rogatory.engine.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.evaluation.Rule;
import org.rogatory.engine.evaluation.RuleBasedEvaluator;
import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.ClockPolicy;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.Session;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Feedback;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.Verdict;

class RuleBasedEvaluatorTest {

    private static Rule rule(String id, String criterion, Outcome outcome, String citation) {
        return new Rule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Optional<Finding> check(RuleContext context) {
                return Optional.of(new Finding(id, criterion, outcome, id + " says " + outcome, List.of(citation)));
            }
        };
    }

    private static Rule silent() {
        return new Rule() {
            @Override
            public String id() {
                return "silent";
            }

            @Override
            public Optional<Finding> check(RuleContext context) {
                return Optional.empty();
            }
        };
    }

    private static Evaluation evaluate(Feedback feedback, Rule... rules) throws Exception {
        ScenarioFactory f = ScenarioFactory.eINSTANCE;
        Scenario scenario = f.createScenario();
        scenario.setId("s");
        scenario.setTimeBudget(1000);
        DecisionPoint dp = f.createDecisionPoint();
        dp.setId("dp");
        Action action = f.createAction();
        action.setId("a");
        action.setLabel("a");
        action.setFeedback(feedback);
        dp.getActions().add(action);
        scenario.getDecisionPoints().add(dp);
        scenario.setStart(dp);
        Session session = Session.start(scenario, 1, new ClockPolicy(60, 90), new RuleBasedEvaluator(List.of(rules)),
                DecisionListener.NONE);
        return session.take("a", ActionInput.NONE).evaluation();
    }

    @Test
    void oneBreachMakesTheDecisionNonCompliantAndOnlyBreachesExplainIt() throws Exception {
        Evaluation e = evaluate(null, rule("scope", "legality", Outcome.MET, "Art. 35"),
                rule("channel", "legality", Outcome.BREACHED, "Art. 40"), silent());
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        assertEquals(List.of("Art. 40"), e.citations());
        assertEquals("channel says BREACHED", e.explanation());
        assertEquals(2, e.findings().size());
        assertEquals(Map.of("legality", RuleBasedEvaluator.BREACH_POINTS),
                e.scoreDeltas());
    }

    @Test
    void aWeakerChoiceWithoutBreachIsCompliantButWeaker() throws Exception {
        Evaluation e = evaluate(null, rule("scope", "legality", Outcome.MET, "Art. 35"),
                rule("channel", "efficiency", Outcome.WEAKER, "Art. 41"));
        assertEquals(Verdict.COMPLIANT_WEAKER, e.verdict());
        assertEquals(List.of("Art. 41"), e.citations());
    }

    @Test
    void allRulesMetIsCompliantAndTheAuthorsFeedbackFollows() throws Exception {
        Feedback feedback = ScenarioFactory.eINSTANCE.createFeedback();
        feedback.setExplanation("The logs were the key.");
        feedback.getCitations().add("Art. 42");
        Evaluation e = evaluate(feedback, rule("scope", "legality", Outcome.MET, "Art. 35"));
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertEquals(List.of("Art. 35", "Art. 42"), e.citations());
        assertEquals("The logs were the key.", e.explanation(), "a compliant decision is explained by the author");
    }

    @Test
    void aCompliantDecisionWithoutFeedbackIsExplainedInOneSentence() throws Exception {
        Evaluation e = evaluate(null, rule("scope", "legality", Outcome.MET, "Art. 35"),
                rule("request-contents", "legality", Outcome.MET, "Art. 42"));
        assertEquals("Compliant: every check that applies is met (scope, request contents).", e.explanation());
        assertEquals(List.of("Art. 35", "Art. 42"), e.citations());
        assertEquals(Map.of("legality", RuleBasedEvaluator.MET_POINTS), e.scoreDeltas(),
                "a decision earns a criterion's point once, however many checks on it pass");
    }
}
