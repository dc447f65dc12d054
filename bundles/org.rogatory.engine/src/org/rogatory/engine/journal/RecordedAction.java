package org.rogatory.engine.journal;

import java.util.Map;

import org.rogatory.engine.internal.journal.Values;

/**
 * One action a trainee took, as the engine received it. It is what replay feeds back into the engine and what graders
 * compare, so it holds only what determines the session: no scenario model, no result.
 *
 * @param actionId         the action's id as the scenario names it; never blank
 * @param parameters       the action's parameters by name; copied and sorted by name, so equal actions serialise to
 *                         equal bytes
 * @param simulatedMinutes the simulated clock, in minutes since the session started, when the action was taken
 */
public record RecordedAction(String actionId, Map<String, String> parameters, long simulatedMinutes) {

    /** Checks and freezes the components, so that an action the engine holds can always be written and read back. */
    public RecordedAction {
        Values.text(actionId, "actionId"); //$NON-NLS-1$
        parameters = Values.sortedCopy(parameters, "parameters"); //$NON-NLS-1$
        Values.notNegative(simulatedMinutes, "simulatedMinutes"); //$NON-NLS-1$
    }
}
