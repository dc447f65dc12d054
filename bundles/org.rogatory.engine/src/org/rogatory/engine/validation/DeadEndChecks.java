package org.rogatory.engine.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.query.ScenarioQuery;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.ActionTakenCondition;
import org.rogatory.model.scenario.AssetStatusChange;
import org.rogatory.model.scenario.AssetStatusCondition;
import org.rogatory.model.scenario.CloseDecisionPoint;
import org.rogatory.model.scenario.Condition;
import org.rogatory.model.scenario.ConditionGroup;
import org.rogatory.model.scenario.Consequence;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.EndScenario;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.EvidenceStatusChange;
import org.rogatory.model.scenario.EvidenceStatusCondition;
import org.rogatory.model.scenario.FlagCondition;
import org.rogatory.model.scenario.LogicalOperator;
import org.rogatory.model.scenario.OpenDecisionPoint;
import org.rogatory.model.scenario.RequestIncludesCondition;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.SetFlag;
import org.rogatory.model.scenario.TimedEvent;

/**
 * Finds dead ends: places in a scenario from which the case can no longer be completed. A session ends as completed
 * only through an end-of-scenario consequence; otherwise the trainee can only let the time budget run out, and the
 * debrief and {@code play} report the case as not completed.
 * <p>
 * The check works backwards from every end-of-scenario consequence over what can lead to it: an action that ends
 * the case, opens a decision point that can lead to an ending, or changes what a trainee-driven ending event waits for
 * (an action taken, a flag, an asset or a data item's status); a decision point with such an action; an event that
 * ends the case or opens such a decision point. Conditions are assumed to be able to hold, so "cannot lead to an
 * ending" is certain for the structure as written. When an ending event can fire without the trainee (at a fixed
 * minute, after some time, or when data is deleted on its holder's schedule) every case can end and nothing is
 * reported. Otherwise it reports a scenario in which no reachable decision point can lead to an ending, and a
 * decision point that cannot lead to one when every way into it leaves nothing behind that can (the action that
 * opens it closes its own decision point, or that decision point could not lead to an ending either). Both are
 * warnings: another decision point may happen to be open, and an author may want a case that simply runs out of
 * time.
 */
final class DeadEndChecks {

    private final Scenario scenario;
    /** Who opens a decision point: actions (by "next" or a consequence) and timed events. */
    private final Map<DecisionPoint, List<EObject>> openers = new HashMap<>();
    /** The elements a trainee-driven event waits for, to the events waiting for them. */
    private final Map<Object, List<TimedEvent>> watchers = new HashMap<>();
    /** The actions and events that change what an event waits for. */
    private final Map<TimedEvent, List<EObject>> touchers = new HashMap<>();
    /** Events that can fire whatever the trainee does. */
    private final Set<TimedEvent> independent = new HashSet<>();
    /** Actions, decision points and events from which the case can still reach an ending. */
    private final Set<EObject> ending = new HashSet<>();
    private final Deque<EObject> todo = new ArrayDeque<>();

    private DeadEndChecks(Scenario scenario) {
        this.scenario = scenario;
    }

    /**
     * Adds a warning for a scenario that can never be completed, or for each decision point the trainee may reach
     * and get stuck at.
     *
     * @param scenario the scenario
     * @param problems where the warnings go
     */
    static void check(Scenario scenario, List<PackProblem> problems) {
        if (scenario.getStart() == null) {
            return; // the format's own constraint reports it
        }
        DeadEndChecks graph = new DeadEndChecks(scenario);
        graph.build();
        graph.propagate();
        graph.report(problems);
    }

    private void build() {
        List<TimedEvent> firing = new ArrayList<>();
        for (TimedEvent event : scenario.getTimedEvents()) {
            boolean fires = event.isSetAt() ? event.getAt() < budget() : event.getWhen() != null;
            if (!fires) {
                continue; // never happens: the format's checks or the budget say so
            }
            firing.add(event);
            Set<Object> watched = new HashSet<>();
            if (drivenByTrainee(event.getWhen(), watched)) {
                watched.forEach(w -> watchers.computeIfAbsent(w, k -> new ArrayList<>()).add(event));
            } else {
                independent.add(event);
            }
        }
        for (TimedEvent event : firing) {
            follow(event, event.getConsequences());
        }
        for (DecisionPoint point : scenario.getDecisionPoints()) {
            for (Action action : point.getActions()) {
                action.getNext().forEach(next -> openers.computeIfAbsent(next, k -> new ArrayList<>()).add(action));
                follow(action, action.getConsequences());
                touch(action, action);
            }
        }
    }

    /** Records what {@code origin}'s consequences open, end and change. */
    private void follow(EObject origin, List<Consequence> consequences) {
        for (Consequence consequence : consequences) {
            if (consequence instanceof EndScenario) {
                mark(origin);
            } else if (consequence instanceof OpenDecisionPoint open) {
                open.getDecisionPoints()
                        .forEach(point -> openers.computeIfAbsent(point, k -> new ArrayList<>()).add(origin));
            } else if (consequence instanceof SetFlag set) {
                touch(origin, set.getFlag());
            } else if (consequence instanceof AssetStatusChange change) {
                change.getAssets().forEach(asset -> touch(origin, asset));
            } else if (consequence instanceof EvidenceStatusChange change) {
                change.getDataItems().forEach(item -> touch(origin, item));
            }
        }
    }

    private void touch(EObject origin, Object element) {
        for (TimedEvent event : watchers.getOrDefault(element, List.of())) {
            if (event != origin) {
                touchers.computeIfAbsent(event, k -> new ArrayList<>()).add(origin);
            }
        }
    }

    /**
     * Whether a trigger can only come true through something the trainee does, collecting what it waits for. A
     * negation, a time, or a status the element already has or that the legal clock brings about can come true on
     * its own.
     */
    private static boolean drivenByTrainee(Condition condition, Set<Object> watched) {
        if (condition instanceof ConditionGroup group) {
            if (group.getOperator() == LogicalOperator.NONE_OF || group.getOperands().isEmpty()) {
                return false;
            }
            boolean all = group.getOperator() == LogicalOperator.ALL_OF;
            boolean driven = !all;
            for (Condition operand : group.getOperands()) {
                Set<Object> own = new HashSet<>();
                boolean operandDriven = drivenByTrainee(operand, own);
                if (operandDriven) {
                    watched.addAll(own);
                }
                driven = all ? driven || operandDriven : driven && operandDriven;
            }
            return driven;
        }
        Object element = switch (condition) {
            case ActionTakenCondition taken -> taken.getAction();
            case RequestIncludesCondition includes -> includes.getAction();
            case FlagCondition flag -> flag.getFlag();
            case AssetStatusCondition asset -> asset.getAsset() != null
                    && asset.getStatus() != asset.getAsset().getStatus() ? asset.getAsset() : null;
            case EvidenceStatusCondition evidence -> evidence.getDataItem() != null
                    && evidence.getStatus() != evidence.getDataItem().getStatus()
                    && !(evidence.getStatus() == EvidenceStatus.LOST
                            && RetentionChecks.deletionTime(evidence.getDataItem()) >= 0) ? evidence.getDataItem()
                                    : null;
            case null, default -> null;
        };
        if (element == null) {
            return false;
        }
        watched.add(element);
        return true;
    }

    private void mark(EObject element) {
        if (ending.add(element)) {
            todo.add(element);
        }
    }

    private void propagate() {
        while (!todo.isEmpty()) {
            EObject element = todo.poll();
            if (element instanceof Action action && action.eContainer() instanceof DecisionPoint point) {
                mark(point);
            } else if (element instanceof DecisionPoint point) {
                openers.getOrDefault(point, List.of()).forEach(this::mark);
            } else if (element instanceof TimedEvent event) {
                touchers.getOrDefault(event, List.of()).forEach(this::mark);
            }
        }
    }

    private void report(List<PackProblem> problems) {
        if (independent.stream().anyMatch(ending::contains)) {
            return; // an ending comes whatever the trainee does
        }
        Set<DecisionPoint> reachable = new ScenarioQuery(scenario).reachableDecisionPoints();
        if (reachable.stream().noneMatch(ending::contains)) {
            problems.add(AuthoringChecks.warning(scenario,
                    NLS.bind(Messages.DeadEnd_neverCompleted, Integer.toString(scenario.getTimeBudget()))));
            return;
        }
        for (DecisionPoint point : reachable) {
            if (ending.contains(point) || point == scenario.getStart()) {
                continue;
            }
            Set<String> ways = new LinkedHashSet<>();
            boolean safe = false;
            for (EObject opener : openers.getOrDefault(point, List.of())) {
                if (!(opener instanceof Action action)) {
                    safe = true; // an event opens it beside whatever else is open
                } else if (action.eContainer() instanceof DecisionPoint from && reachable.contains(from)) {
                    safe |= ending.contains(action) || ending.contains(from) && !closes(action, from);
                    ways.add(AuthoringChecks.id(action));
                }
            }
            if (!safe && !ways.isEmpty()) {
                problems.add(AuthoringChecks.warning(point, NLS.bind(Messages.DeadEnd_stuck,
                        ways.stream().map(id -> '"' + id + '"').collect(Collectors.joining(", "))))); //$NON-NLS-1$
            }
        }
    }

    /** Whether the action always closes the decision point it is offered at. */
    private static boolean closes(Action action, DecisionPoint point) {
        return action.getConsequences().stream().anyMatch(c -> c instanceof CloseDecisionPoint close
                && close.getOnlyIf() == null && close.getDecisionPoints().contains(point));
    }

    private int budget() {
        return scenario.getTimeBudget() > 0 ? scenario.getTimeBudget() : Integer.MAX_VALUE;
    }
}
