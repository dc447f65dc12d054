package org.rogatory.engine.session;

/**
 * One line of the case timeline: something that happened at a simulated minute. {@code subject} is the id of the
 * element concerned (a data item, an asset, a decision point, an action), {@code text} what a person reads.
 */
public record SessionEvent(int time, Kind kind, String subject, String text) {

    /** What happened; the debrief and the UI group and colour the timeline by kind. */
    public enum Kind {
        /** The trainee took an action. */
        DECISION,
        /** A data item changed status (preserved, disclosed, seized). */
        EVIDENCE,
        /** A data item was deleted because its retention period ran out. */
        DATA_DELETED,
        /** A preservation ended before the follow-up request arrived. */
        PRESERVATION_LAPSED,
        /** An asset changed status (frozen, seized, dissipated...). */
        ASSET,
        /** A message arrived: a response, a refusal, news. */
        MESSAGE,
        /** Something unknown at the start came to light. */
        REVEALED,
        /** A decision point opened or closed. */
        DECISION_POINT,
        /** A timed event of the scenario fired. */
        SCENARIO_EVENT,
        /** The session ended. */
        ENDED
    }
}
