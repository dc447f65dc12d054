package org.rogatory.model.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Consequence;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Identified;
import org.rogatory.model.scenario.OpenDecisionPoint;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.TimedEvent;

/**
 * Answers questions about the structure of one scenario: its identified elements and how its decision points open one
 * another. The validator uses it to find unreachable decision points and inconsistent reference paths; the engine and
 * the editor can ask the same questions and get the same answers.
 */
public final class ScenarioQuery {

    private final Scenario scenario;

    /**
     * Creates a query over a scenario.
     *
     * @param scenario the scenario
     */
    public ScenarioQuery(Scenario scenario) {
        this.scenario = scenario;
    }

    /**
     * Lists every element with an id in a containment tree (the root included), the scope in which ids must be unique.
     *
     * @param root a scenario, a pack or any element
     * @return the identified elements in document order
     */
    public static List<Identified> identifiedIn(EObject root) {
        List<Identified> result = new ArrayList<>();
        if (root instanceof Identified identified) {
            result.add(identified);
        }
        for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified identified) {
                result.add(identified);
            }
        }
        return result;
    }

    /**
     * Finds an element of the scenario by id.
     *
     * @param id the id
     * @return the first element with that id, or empty
     */
    public Optional<Identified> findById(String id) {
        return identifiedIn(scenario).stream().filter(e -> id.equals(e.getId())).findFirst();
    }

    /**
     * Lists the decision points an action opens: its {@code next} ones at once, and those of its
     * {@link OpenDecisionPoint} consequences later or under a condition.
     *
     * @param action the action
     * @return the decision points it may open
     */
    public static Set<DecisionPoint> opensFrom(Action action) {
        Set<DecisionPoint> result = new LinkedHashSet<>(action.getNext());
        result.addAll(opened(action.getConsequences()));
        return result;
    }

    /**
     * Lists the decision points timed events may open. Events may fire whatever the trainee does, so these count as
     * reachable.
     *
     * @return the decision points opened by any timed event
     */
    public Set<DecisionPoint> openedByTimedEvents() {
        Set<DecisionPoint> result = new LinkedHashSet<>();
        for (TimedEvent event : scenario.getTimedEvents()) {
            result.addAll(opened(event.getConsequences()));
        }
        return result;
    }

    /**
     * Lists the decision points that can ever open: the start, those timed events open, and everything actions of
     * reachable decision points open, transitively.
     *
     * @return the reachable decision points, in the order they are found
     */
    public Set<DecisionPoint> reachableDecisionPoints() {
        Set<DecisionPoint> reachable = new LinkedHashSet<>();
        Deque<DecisionPoint> todo = new ArrayDeque<>();
        if (scenario.getStart() != null) {
            todo.add(scenario.getStart());
        }
        todo.addAll(openedByTimedEvents());
        while (!todo.isEmpty()) {
            DecisionPoint point = todo.poll();
            if (reachable.add(point)) {
                for (Action action : point.getActions()) {
                    // What opensFrom(action) gives, in its order; a point queued twice is found once all the same.
                    if (action.eIsSet(ScenarioPackage.Literals.ACTION__NEXT)) {
                        todo.addAll(action.getNext());
                    }
                    if (action.eIsSet(ScenarioPackage.Literals.ACTION__CONSEQUENCES)) {
                        for (Consequence consequence : action.getConsequences()) {
                            if (consequence instanceof OpenDecisionPoint open) {
                                todo.addAll(open.getDecisionPoints());
                            }
                        }
                    }
                }
            }
        }
        return reachable;
    }

    private static Set<DecisionPoint> opened(List<Consequence> consequences) {
        Set<DecisionPoint> result = new LinkedHashSet<>();
        for (Consequence consequence : consequences) {
            if (consequence instanceof OpenDecisionPoint open) {
                result.addAll(open.getDecisionPoints());
            }
        }
        return result;
    }
}
