package org.rogatory.engine.evaluation;

import java.util.List;

import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.SessionView;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.State;

/**
 * A decision as rules see it: the situation before it, the action and what the trainee drafted, and the two States
 * involved (the trainee's own and the one asked to act).
 */
public record RuleContext(SessionView before, Action action, ActionInput input) {

    /** The scenario being played. */
    public Scenario scenario() {
        return before.scenario();
    }

    /** The trainee's State: the requesting State in international cooperation. */
    public State requestingState() {
        return scenario().getHomeState();
    }

    /** The State asked to act, or null for domestic measures without a target. */
    public State requestedState() {
        return action.getTargetState();
    }

    /** Whether the action crosses a border: its target is another State than the trainee's. */
    public boolean isInternational() {
        return requestedState() != null && requestedState() != requestingState();
    }

    /**
     * The request elements the decision actually sent: what the trainee drafted when the action is drafted by the
     * trainee, otherwise what the scenario author wrote into the action.
     */
    public List<String> sentElements() {
        return action.isTraineeDrafts() ? input.requestElements() : action.getRequestElements();
    }
}
