package org.rogatory.engine.session;

/** Why a session ended; the debrief says it in words. */
public enum EndReason {
    /** The scenario reached an ending (an end-of-scenario consequence). */
    SCENARIO_COMPLETED,
    /** The simulated time budget ran out. */
    TIME_BUDGET_SPENT,
    /** The trainee stopped. */
    STOPPED_BY_TRAINEE
}
