package org.rogatory.engine.session;

import org.rogatory.engine.evaluation.Evaluation;

/**
 * A decision the trainee made: the action, what they drafted, the simulated minute, and the engine's verdict. The
 * sequence number orders decisions in the journal and the debrief.
 */
public record Decision(int sequence, String actionId, ActionInput input, int time, Evaluation evaluation) {
}
