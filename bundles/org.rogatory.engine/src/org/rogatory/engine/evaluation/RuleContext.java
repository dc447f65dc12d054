package org.rogatory.engine.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.SessionView;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.State;

/**
 * A decision as rules see it: the situation before it, the action and what the trainee drafted, and the two States
 * involved (the trainee's own and the one asked to act). One context serves every rule of one evaluation, so the rules
 * can share what they work out about the decision (see {@link #remember}) instead of each working it out again.
 */
public final class RuleContext {

    private final SessionView before;
    private final Action action;
    private final ActionInput input;
    private final Map<Object, Object> remembered;
    /** The answers this evaluation has used, in front of {@link #remembered}; made on first use. */
    private Map<Object, Object> used;

    /** Creates the context of deciding {@code action} with {@code input} in the situation {@code before}. */
    public RuleContext(SessionView before, Action action, ActionInput input) {
        this(before, action, input, new HashMap<>());
    }

    /**
     * Creates the context of one decision whose rules may {@link #remember} answers in {@code memory}, which the
     * session keeps from one decision to the next (see {@link Evaluator#evaluate(SessionView, Action, ActionInput, Map)}).
     */
    public RuleContext(SessionView before, Action action, ActionInput input, Map<Object, Object> memory) {
        this.before = Objects.requireNonNull(before);
        this.action = Objects.requireNonNull(action);
        this.input = Objects.requireNonNull(input);
        this.remembered = Objects.requireNonNull(memory);
    }

    /** The situation the trainee decided in. */
    public SessionView before() {
        return before;
    }

    /** The action taken. */
    public Action action() {
        return action;
    }

    /** What the trainee supplied with the action. */
    public ActionInput input() {
        return input;
    }

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

    /**
     * Gives what was worked out for {@code key} in this evaluation; works it out on first use. For answers about the
     * decision that several rules ask for (the action's Convention frame, above all) but that are not worth keeping
     * beyond it: an answer per action kept for a whole grading batch (tens of thousands of actions) costs the
     * collector more than working it out again once per decision. Not thread-safe: one evaluation, one thread.
     *
     * @param <T> the type of the answer
     * @param key what is asked; equal keys must ask the same question
     * @param compute works the answer out; it may itself remember other answers
     * @return the answer; a null answer is not kept
     */
    @SuppressWarnings("unchecked")
    public <T> T rememberForDecision(Object key, Supplier<T> compute) {
        Object known = used == null ? null : used.get(key);
        if (known == null) {
            known = compute.get();
            if (known != null) {
                if (used == null) {
                    used = new HashMap<>();
                }
                used.put(key, known);
            }
        }
        return (T) known;
    }

    /**
     * Gives what was worked out for {@code key} in this evaluation or, when the session keeps a memory, earlier in the
     * session or in its batch; works it out on first use. Rules ask the knowledge base the same questions about the
     * scenario (the rules between two States, above all); the answers depend only on the scenario and the knowledge
     * base, which are not modified while they are played, so the first rule to ask computes them for all.
     * <p>
     * The memory may be shared by the sessions of a batch on several threads (see
     * {@link Evaluator#evaluate(SessionView, Action, ActionInput, Map)}), so the key must name everything the answer
     * depends on, and nothing of the session's state may go into the answer. Two threads may work out the same answer
     * at once; the first one stored is kept and given to both. A null answer is not kept. The rules of one evaluation
     * ask the same questions one after the other, so the answers this evaluation used are also kept in a small map of
     * its own, which spares them the look-up in the (possibly shared) memory. A batch's memory holds every answer
     * until the batch ends, so it is for questions about the pack as a whole (per pair of States, per scenario);
     * questions per action belong in {@link #rememberForDecision}.
     *
     * @param <T> the type of the answer
     * @param key what is asked; equal keys must ask the same question
     * @param compute works the answer out; it may itself remember other answers
     * @return the answer
     */
    @SuppressWarnings("unchecked")
    public <T> T remember(Object key, Supplier<T> compute) {
        Object known = used == null ? null : used.get(key);
        if (known != null) {
            return (T) known;
        }
        known = remembered.get(key);
        if (known == null) {
            known = compute.get();
            if (known != null) {
                Object first = remembered.putIfAbsent(key, known);
                known = first == null ? known : first;
            }
        }
        if (known != null) {
            if (used == null) {
                used = new HashMap<>();
            }
            used.put(key, known);
        }
        return (T) known;
    }
}
