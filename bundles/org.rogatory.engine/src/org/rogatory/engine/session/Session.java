package org.rogatory.engine.session;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.rogatory.engine.evaluation.Evaluator;
import org.rogatory.engine.internal.session.SessionEngine;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Scenario;

/**
 * A trainee playing one scenario. A session is fully determined by the scenario, the seed and the sequence of actions,
 * which is what makes journals resumable and transcripts replayable. It is not thread-safe: one trainee, one thread.
 */
public final class Session {

    private final SessionEngine engine;
    private final long seed;

    private Session(SessionEngine engine, long seed) {
        this.engine = engine;
        this.seed = seed;
    }

    /**
     * Starts a session at minute 0 of {@code scenario}. The scenario must already be valid: the engine does not check
     * it again. {@code listener} is told of each decision before it takes effect.
     */
    public static Session start(Scenario scenario, long seed, ClockPolicy policy, Evaluator evaluator,
            DecisionListener listener) {
        return new Session(new SessionEngine(scenario, policy, evaluator, listener), seed);
    }

    /**
     * Starts a session as {@link #start(Scenario, long, ClockPolicy, Evaluator, DecisionListener)} does, with the
     * evaluator keeping what it works out about the scenario and the knowledge base in {@code memory} instead of a
     * memory of its own. A batch passes one memory to all its sessions, so that answers which depend only on the pack
     * (the rules between two States, above all) are worked out once per batch instead of once per session.
     *
     * @param scenario the scenario to play
     * @param seed the seed, recorded in transcripts
     * @param policy the legal clock
     * @param evaluator judges the decisions
     * @param listener told of each decision before it takes effect
     * @param memory the evaluator's memory; thread-safe when sessions on several threads share it, and shared only
     *            while no session's pack is modified (see
     *            {@link Evaluator#evaluate(SessionView, Action, ActionInput, Map)})
     * @return the session at minute 0
     */
    public static Session start(Scenario scenario, long seed, ClockPolicy policy, Evaluator evaluator,
            DecisionListener listener, Map<Object, Object> memory) {
        return new Session(new SessionEngine(scenario, policy, evaluator, listener, memory), seed);
    }

    /** The seed this session was started with; transcripts record it. */
    public long seed() {
        return seed;
    }

    /** The simulated minute now, without taking a snapshot (replay asks this before every recorded action). */
    public int now() {
        return engine.now();
    }

    /** A snapshot of the session now. */
    public SessionView view() {
        return engine.view();
    }

    /** The ids of the actions the trainee may take now. */
    public List<String> availableActionIds() {
        return engine.availableActions().stream().map(Action::getId).toList();
    }

    /**
     * Takes an action. Throws {@link IllegalArgumentException} naming the available actions when {@code actionId} is
     * not one of them, {@link IllegalStateException} when the session has ended, and {@link IOException} when the
     * decision could not be recorded (the session is then unchanged).
     */
    public Decision take(String actionId, ActionInput input) throws IOException {
        return engine.take(actionId, input);
    }

    /** Lets simulated time pass up to {@code minute} (never beyond the time budget). */
    public void advanceTo(int minute) {
        engine.advanceTo(minute);
    }

    /**
     * Lets the rest of the case play out with no more decisions: time passes until the scenario ends or the time
     * budget is spent. Replaying a finished transcript does this, so that what the decisions set in motion (a response
     * weeks later, a deletion) counts in the debrief and the grade.
     */
    public void runOut() {
        engine.advanceTo(Integer.MAX_VALUE);
    }

    /** Ends the session at the trainee's request. */
    public void stop() {
        engine.stop();
    }

    /** Whether the session has ended, for whatever reason. */
    public boolean isEnded() {
        return engine.isEnded();
    }
}
