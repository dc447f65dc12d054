package org.rogatory.engine.evaluation;

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
}
