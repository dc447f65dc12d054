package org.rogatory.engine.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.Engine;
import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.rules.Criteria;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.SessionView;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.ActionTakenCondition;
import org.rogatory.model.scenario.Condition;
import org.rogatory.model.scenario.ConditionGroup;
import org.rogatory.model.scenario.Consequence;
import org.rogatory.model.scenario.Criterion;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.RequestIncludesCondition;
import org.rogatory.model.scenario.Rubric;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScoreEffect;
import org.rogatory.model.scenario.TimedEvent;

/**
 * Finds unscored actions: choices that move no criterion of the scenario's rubric, so the debrief shows them without
 * a single point and a trainee learns nothing from the score about them. An action counts as scored by its author
 * when a score effect on a criterion of the rubric is among its consequences, or waits for it (the condition of the
 * score effect, or the trigger of the timed event that holds it, names the action). It counts as scored by the engine
 * when the rules can judge it on a criterion of the rubric; the rules score only the criteria with the engine's ids
 * (legality, timeliness, evidence, rights, efficiency) and never judge an instrument the knowledge base has no measure
 * for ("other", and the requested side's answers unless they give grounds).
 * <p>
 * So an action is reported when nothing of its author's scores it, it is not a step of the reference path (the
 * debrief measures the trainee's path against those), and either the rubric has none of the engine's criteria, or its
 * instrument is unknown to the knowledge base, it concerns no data held abroad (whose use the rules judge once it has
 * been received), and the rules, asked at the start of the case, judge it on none. Actions with a known instrument are
 * left alone even where the rules happen to stay silent (a domestic step under domestic law, waiting while nothing is
 * at risk): whether they score depends on the moment they are taken, and finding out would mean playing the case.
 * Warnings: the case plays, it only scores less than it could.
 */
final class ScoringChecks {

    /** The criteria the engine's rules score, by id. */
    private static final Set<String> ENGINE_CRITERIA = Set.of(Criteria.LEGALITY, Criteria.TIMELINESS,
            Criteria.EVIDENCE, Criteria.RIGHTS, Criteria.EFFICIENCY);

    private ScoringChecks() {
    }

    /**
     * Adds a warning for each action that moves no criterion of the scenario's rubric.
     *
     * @param scenario the scenario
     * @param engine the engine whose knowledge base and rules judge the actions
     * @param problems where the warnings go
     */
    static void check(Scenario scenario, Engine engine, List<PackProblem> problems) {
        Rubric rubric = scenario.getRubric();
        if (rubric == null || rubric.eIsProxy()) {
            return; // the format's own constraints report it
        }
        Set<String> criteria = new HashSet<>();
        rubric.getCriteria().forEach(c -> criteria.add(c.getId()));
        boolean engineScores = criteria.stream().anyMatch(ENGINE_CRITERIA::contains);
        Set<Action> scored = scoredByAuthor(scenario, new HashSet<>(rubric.getCriteria()));
        scenario.getReferencePath().forEach(step -> scored.add(step.getAction()));
        SessionView start = null;
        Map<Object, Object> memory = new HashMap<>();
        for (DecisionPoint point : scenario.getDecisionPoints()) {
            for (Action action : point.getActions()) {
                if (scored.contains(action)) {
                    continue;
                }
                if (!engineScores) {
                    String engineCriteria = String.join(", ", new TreeSet<>(ENGINE_CRITERIA)); //$NON-NLS-1$
                    problems.add(AuthoringChecks.warning(action,
                            NLS.bind(Messages.Unscored_rubric, AuthoringChecks.id(rubric), engineCriteria)));
                } else if (engine.knowledgeBase().instrument(action.getInstrument()).isEmpty()
                        && !concernsDataAbroad(scenario, action)) {
                    start = start != null ? start : engine.start(scenario, 0, DecisionListener.NONE).view();
                    Evaluation evaluation = engine.evaluator().evaluate(start, action,
                            new ActionInput(action.getRequestElements()), memory);
                    if (evaluation.scoreDeltas().keySet().stream().noneMatch(criteria::contains)) {
                        problems.add(AuthoringChecks.warning(action,
                                NLS.bind(Messages.Unscored_instrument, action.getInstrument().getLiteral())));
                    }
                }
            }
        }
    }

    /**
     * Whether the action concerns data held outside the trainee's State: once such data has been received, the rules
     * judge its further use (speciality, onward transfer) whatever the instrument, so the start of the case cannot
     * tell whether the action will be scored.
     */
    private static boolean concernsDataAbroad(Scenario scenario, Action action) {
        return action.getDataItems().stream()
                .anyMatch(item -> item.getLocation() != null && item.getLocation() != scenario.getHomeState());
    }

    /** The actions a score effect on one of {@code criteria} belongs to or waits for. */
    private static Set<Action> scoredByAuthor(Scenario scenario, Set<Criterion> criteria) {
        Set<Action> scored = new HashSet<>();
        for (DecisionPoint point : scenario.getDecisionPoints()) {
            for (Action action : point.getActions()) {
                for (Consequence consequence : action.getConsequences()) {
                    if (consequence instanceof ScoreEffect effect && criteria.contains(effect.getCriterion())) {
                        scored.add(action);
                        named(effect.getOnlyIf(), scored);
                    }
                }
            }
        }
        for (TimedEvent event : scenario.getTimedEvents()) {
            for (Consequence consequence : event.getConsequences()) {
                if (consequence instanceof ScoreEffect effect && criteria.contains(effect.getCriterion())) {
                    named(event.getWhen(), scored);
                    named(effect.getOnlyIf(), scored);
                }
            }
        }
        return scored;
    }

    /** Adds the actions a condition names. */
    private static void named(Condition condition, Set<Action> actions) {
        if (condition instanceof ConditionGroup group) {
            group.getOperands().forEach(operand -> named(operand, actions));
        } else if (condition instanceof ActionTakenCondition taken && taken.getAction() != null) {
            actions.add(taken.getAction());
        } else if (condition instanceof RequestIncludesCondition includes && includes.getAction() != null) {
            actions.add(includes.getAction());
        }
    }
}
