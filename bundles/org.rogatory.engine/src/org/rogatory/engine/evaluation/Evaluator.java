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
     * may keep what it works out about the scenario and the knowledge base for later decisions. The scenario is not
     * modified while it is played, so such answers stay true; the session keeps {@code memory} and passes it to every
     * evaluation. The default ignores it.
     * <p>
     * A batch (the grader's) may give one memory to all its sessions, on several threads, while its pack is not
     * modified. So an evaluator may keep in it only answers that are a pure function of their key, where the key
     * names every model element and knowledge base the answer reads (never the session's state), and it must accept
     * that another thread works out the same answer at the same time: both answers are equal.
     *
     * @param before the situation the trainee decided in
     * @param action the action taken
     * @param input what the trainee supplied
     * @param memory the session's memory, or a batch's memory shared by its sessions (then thread-safe)
     * @return the verdict
     */
    default Evaluation evaluate(SessionView before, Action action, ActionInput input, Map<Object, Object> memory) {
        return evaluate(before, action, input);
    }
}
