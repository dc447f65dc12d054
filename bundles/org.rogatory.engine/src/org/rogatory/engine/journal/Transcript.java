package org.rogatory.engine.journal;

import java.util.List;

import org.rogatory.engine.internal.journal.Values;

/**
 * The replayable record of a session: the scenario, the seed and the actions in order. Because a session is fully
 * determined by these, a grader can replay a transcript through the engine and get the same session; results are left
 * out on purpose, so grading recomputes them rather than trusting them.
 *
 * @param scenarioId      the scenario's id
 * @param scenarioVersion the scenario's version
 * @param seed            the seed of the session's random choices
 * @param actions         the actions in the order they were taken
 */
public record Transcript(String scenarioId, String scenarioVersion, long seed, List<RecordedAction> actions) {

    /** Checks and freezes the components, so that a transcript can always be written and read back. */
    public Transcript {
        Values.text(scenarioId, "scenarioId"); //$NON-NLS-1$
        Values.text(scenarioVersion, "scenarioVersion"); //$NON-NLS-1$
        actions = List.copyOf(actions);
    }

    /** Exports a journalled session, so a session taken in the workbench can be replayed and graded elsewhere. */
    public static Transcript of(JournalHeader header, List<RecordedDecision> decisions) {
        return new Transcript(header.scenarioId(), header.scenarioVersion(), header.seed(),
                decisions.stream().map(RecordedDecision::action).toList());
    }
}
