package org.rogatory.engine.session;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.evaluation.Evaluator;
import org.rogatory.engine.internal.session.Messages;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.SessionJournal;
import org.rogatory.model.scenario.Scenario;

/**
 * Connects sessions to their records: every decision goes to the journal before it takes effect, and a list of
 * recorded actions (from a journal or a transcript) replays into the same session, because a session is fully
 * determined by scenario, seed and actions.
 */
public final class SessionRecording {

    /** The parameter that carries drafted request elements, comma-separated (the keys never contain commas). */
    public static final String REQUEST_ELEMENTS = "requestElements"; //$NON-NLS-1$
    /** The result entry that records the verdict, so a journal can be read without replaying it. */
    public static final String VERDICT = "verdict"; //$NON-NLS-1$

    private SessionRecording() {
    }

    /** A listener that appends each decision to {@code journal} and forces it to disk before the session goes on. */
    public static DecisionListener journalling(SessionJournal journal) {
        return decision -> journal.append(toRecord(decision),
                Map.of(VERDICT, decision.evaluation().verdict().getLiteral()));
    }

    /** The record of a decision: what replay needs, nothing more. */
    public static RecordedAction toRecord(Decision decision) {
        List<String> elements = decision.input().requestElements();
        Map<String, String> parameters = elements.isEmpty() ? Map.of()
                : Map.of(REQUEST_ELEMENTS, String.join(",", elements)); //$NON-NLS-1$
        return new RecordedAction(decision.actionId(), parameters, decision.time());
    }

    /** What the trainee supplied with a recorded action. */
    public static ActionInput inputOf(RecordedAction action) {
        String elements = action.parameters().get(REQUEST_ELEMENTS);
        return elements == null || elements.isEmpty() ? ActionInput.NONE
                : new ActionInput(Arrays.asList(elements.split(","))); //$NON-NLS-1$
    }

    /**
     * Plays {@code actions} into a new session on {@code scenario}: time passes to each action's minute, then the
     * action is taken. Throws {@link ReplayException} naming the action when the record does not fit the scenario (an
     * action that is not available, or a minute the session has already passed).
     */
    public static Session replay(Scenario scenario, long seed, List<RecordedAction> actions, ClockPolicy policy,
            Evaluator evaluator, DecisionListener listener) throws IOException {
        Session session = Session.start(scenario, seed, policy, evaluator, listener);
        replayInto(session, actions);
        return session;
    }

    /**
     * Replays as {@link #replay(Scenario, long, List, ClockPolicy, Evaluator, DecisionListener)} does, in a session
     * whose evaluator memory is {@code memory}, shared with the other sessions of a batch (see
     * {@link Session#start(Scenario, long, ClockPolicy, Evaluator, DecisionListener, Map)}).
     */
    public static Session replay(Scenario scenario, long seed, List<RecordedAction> actions, ClockPolicy policy,
            Evaluator evaluator, DecisionListener listener, Map<Object, Object> memory) throws IOException {
        Session session = Session.start(scenario, seed, policy, evaluator, listener, memory);
        replayInto(session, actions);
        return session;
    }

    /** Plays {@code actions} into {@code session}, which must be freshly started; see {@link #replay}. */
    public static void replayInto(Session session, List<RecordedAction> actions) throws IOException {
        int index = 0;
        for (RecordedAction action : actions) {
            index++;
            if (action.simulatedMinutes() < session.now()) {
                throw new ReplayException(NLS.bind(Messages.Replay_timeWentBack, new Object[] { index,
                        action.actionId(), action.simulatedMinutes(), session.now() }));
            }
            session.advanceTo((int) action.simulatedMinutes());
            try {
                session.take(action.actionId(), inputOf(action));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new ReplayException(NLS.bind(Messages.Replay_notApplicable, index, e.getMessage()), e);
            }
        }
    }

    /** A recorded list of actions does not fit the scenario it claims to be for. */
    public static final class ReplayException extends IOException {

        private static final long serialVersionUID = 1L;

        ReplayException(String message) {
            super(message);
        }

        ReplayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
