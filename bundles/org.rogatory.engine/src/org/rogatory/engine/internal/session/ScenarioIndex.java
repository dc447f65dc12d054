package org.rogatory.engine.internal.session;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Scenario;

/**
 * Finds a scenario's actions by id without searching every decision point. Rules and the debrief look actions up by id
 * at every decision, and a scenario offers hundreds of them. The index is built once per scenario and shared by
 * threads; it is held weakly, so it never keeps a pack in memory. A scenario is not modified while it is played, but
 * every answer is still checked against the model, and a search of the model answers when the index cannot.
 */
public final class ScenarioIndex {

    private static final Map<Scenario, WeakReference<ScenarioIndex>> INDEXES = new WeakHashMap<>();

    private final Map<String, Action> actions = new HashMap<>();

    private ScenarioIndex(Scenario scenario) {
        for (DecisionPoint point : scenario.getDecisionPoints()) {
            for (Action action : point.getActions()) {
                if (action.getId() != null) {
                    actions.putIfAbsent(action.getId(), action);
                }
            }
        }
    }

    /**
     * The index of {@code scenario}, built on first use.
     *
     * @param scenario the scenario
     * @return its index
     */
    public static ScenarioIndex of(Scenario scenario) {
        synchronized (INDEXES) {
            WeakReference<ScenarioIndex> known = INDEXES.get(scenario);
            ScenarioIndex index = known == null ? null : known.get();
            if (index == null) {
                index = new ScenarioIndex(scenario);
                INDEXES.put(scenario, new WeakReference<>(index));
            }
            return index;
        }
    }

    /**
     * The first action of {@code scenario} with this id, in the order the scenario lists them.
     *
     * @param scenario the scenario this index was built for
     * @param id the action's id
     * @return the action, or empty when the scenario has none with that id
     */
    public static Optional<Action> action(Scenario scenario, String id) {
        return of(scenario).find(scenario, id);
    }

    /**
     * The first action of {@code scenario} with this id, as {@link #action(Scenario, String)} finds it, from this
     * index; for callers that keep the index of the scenario they look in, and so need not ask {@link #of} each time.
     *
     * @param scenario the scenario this index was built for
     * @param id the action's id
     * @return the action, or empty when the scenario has none with that id
     */
    public Optional<Action> find(Scenario scenario, String id) {
        Action indexed = actions.get(id);
        if (indexed != null && id.equals(indexed.getId()) && indexed.eContainer() instanceof DecisionPoint point
                && point.eContainer() == scenario) {
            return Optional.of(indexed);
        }
        for (DecisionPoint point : scenario.getDecisionPoints()) {
            for (Action action : point.getActions()) {
                if (id.equals(action.getId())) {
                    return Optional.of(action);
                }
            }
        }
        return Optional.empty();
    }
}
