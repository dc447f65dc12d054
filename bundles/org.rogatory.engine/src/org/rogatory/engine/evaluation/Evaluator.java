package org.rogatory.engine.evaluation;

import java.util.Map;

import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.SessionView;
import org.rogatory.model.scenario.Action;

/**
 * Judges one decision against the Convention and the States in the scenario. The session asks before it applies the
 * action's consequences, so an evaluator sees the situation the trainee decided in, not the one the decision caused.
 */
@FunctionalInterface
public interface Evaluator {

    /** Returns the verdict on taking {@code action} with {@code input} in the situation {@code before}. */
    Evaluation evaluate(SessionView before, Action action, ActionInput input);

    /**
     * Returns the verdict as {@link #evaluate(SessionView, Action, ActionInput)} does, with a place where an evaluator
     * may keep what it works out about the scenario for the next decisions of the same session. The scenario is not
     * modified while it is played, so such answers stay true; the session keeps {@code memory} and passes it to every
     * evaluation. The default ignores it.
     *
     * @param before the situation the trainee decided in
     * @param action the action taken
     * @param input what the trainee supplied
     * @param memory one session's memory, used by one thread; never shared between sessions
     * @return the verdict
     */
    default Evaluation evaluate(SessionView before, Action action, ActionInput input, Map<Object, Object> memory) {
        return evaluate(before, action, input);
    }
}
