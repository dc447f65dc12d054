package org.rogatory.engine.journal;

import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.internal.journal.Messages;
import org.rogatory.engine.internal.journal.Values;

/**
 * One journalled decision: the action and the summary of what the engine answered. The summary is kept so that a
 * resumed session can show the trainee what they saw before, without evaluating the action again.
 *
 * @param sequence the decision's number in its session, from 1 without gaps; a reader uses it to tell a duplicated or
 *                 misplaced record from a genuine one
 * @param action   the action the trainee took
 * @param result   the engine's summary of the result, opaque to the journal; copied and sorted by name
 */
public record RecordedDecision(int sequence, RecordedAction action, Map<String, String> result) {

    /** Checks and freezes the components, so that a decision the engine holds can always be written and read back. */
    public RecordedDecision {
        if (sequence < 1) {
            throw new IllegalArgumentException(NLS.bind(Messages.Value_sequence, Integer.valueOf(sequence)));
        }
        Objects.requireNonNull(action, "action"); //$NON-NLS-1$
        result = Values.sortedCopy(result, "result"); //$NON-NLS-1$
    }
}
