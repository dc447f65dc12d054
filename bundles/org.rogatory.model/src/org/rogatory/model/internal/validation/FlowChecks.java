package org.rogatory.model.internal.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.Labels;
import org.rogatory.model.query.ScenarioQuery;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.ReferenceStep;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * Checks on how a scenario flows: where it starts, whether every decision point can ever open, and whether the
 * reference path (the model answer used for feedback) could actually be played in that order.
 */
public final class FlowChecks {

    private FlowChecks() {
    }

    /**
     * Checks that the scenario starts at one of its own decision points.
     *
     * @param scenario the scenario
     * @param report where findings go
     * @return whether the constraint holds
     */
    public static boolean startDecisionPointSet(Scenario scenario, ConstraintReport report) {
        DecisionPoint start = scenario.getStart();
        if (start == null) {
            report.error(NLS.bind(Messages.Start_missing, Labels.of(scenario)), Messages.Start_missingHint, scenario,
                    ScenarioPackage.Literals.SCENARIO__START);
        } else if (!scenario.getDecisionPoints().contains(start)) {
            report.error(NLS.bind(Messages.Start_foreign, Labels.of(scenario), Labels.of(start)),
                    Messages.Start_missingHint, scenario, ScenarioPackage.Literals.SCENARIO__START);
        }
        return report.satisfied();
    }

    /**
     * Warns about decision points nothing opens: the trainee can never see them.
     *
     * @param scenario the scenario
     * @param report where findings go
     * @return whether the constraint holds
     */
    public static boolean decisionPointsReachable(Scenario scenario, ConstraintReport report) {
        Set<DecisionPoint> reachable = new ScenarioQuery(scenario).reachableDecisionPoints();
        for (DecisionPoint point : scenario.getDecisionPoints()) {
            if (!reachable.contains(point)) {
                report.warning(NLS.bind(Messages.Reachable_never, Labels.of(point)), Messages.Reachable_neverHint,
                        point, null);
            }
        }
        return report.satisfied();
    }

    /**
     * Checks that each reference step takes an action of this scenario whose decision point is open by then (it is the
     * start, a timed event opens it, or an earlier step's action does), and repeats an action only if it is
     * repeatable.
     *
     * @param scenario the scenario
     * @param report where findings go
     * @return whether the constraint holds
     */
    public static boolean referencePathConsistent(Scenario scenario, ConstraintReport report) {
        ScenarioQuery query = new ScenarioQuery(scenario);
        Set<DecisionPoint> open = new HashSet<>(query.openedByTimedEvents());
        if (scenario.getStart() != null) {
            open.add(scenario.getStart());
        }
        Set<Action> taken = new HashSet<>();
        for (ReferenceStep step : scenario.getReferencePath()) {
            Action action = step.getAction();
            if (action == null || action.eIsProxy()) {
                continue;
            }
            checkStep(scenario, step, action, open, taken, report);
            taken.add(action);
            open.addAll(ScenarioQuery.opensFrom(action));
        }
        return report.satisfied();
    }

    private static void checkStep(Scenario scenario, ReferenceStep step, Action action, Set<DecisionPoint> open,
            Set<Action> taken, ConstraintReport report) {
        Object[] names = { Labels.of(step), Labels.of(action), Labels.of(action.eContainer()) };
        if (!EcoreUtil.isAncestor(scenario, action)) {
            report.error(NLS.bind(Messages.ReferencePath_foreign, names), Messages.ReferencePath_foreignHint, step,
                    ScenarioPackage.Literals.REFERENCE_STEP__ACTION);
        } else if (!open.contains(action.eContainer())) {
            report.error(NLS.bind(Messages.ReferencePath_notOpen, names), Messages.ReferencePath_notOpenHint, step,
                    ScenarioPackage.Literals.REFERENCE_STEP__ACTION);
        } else if (taken.contains(action) && !action.isRepeatable()) {
            report.error(NLS.bind(Messages.ReferencePath_repeated, names), Messages.ReferencePath_repeatedHint, step,
                    ScenarioPackage.Literals.REFERENCE_STEP__ACTION);
        }
    }
}
