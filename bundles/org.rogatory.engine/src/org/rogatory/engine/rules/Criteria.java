package org.rogatory.engine.rules;

/**
 * The rubric criteria the engine's rules score on. A scenario's rubric gets the engine's points on a criterion when
 * it uses the same id; other criteria are scored only by the author's own score effects.
 */
public final class Criteria {

    /** Whether the decision is lawful under the Convention and the States' law. */
    public static final String LEGALITY = "legality"; //$NON-NLS-1$
    /** Whether the decision came in time to save the evidence or the case. */
    public static final String TIMELINESS = "timeliness"; //$NON-NLS-1$
    /** Whether the decision secured evidence or assets. */
    public static final String EVIDENCE = "evidence"; //$NON-NLS-1$
    /** Whether the decision respected rights and safeguards (Arts. 6, 24, 36). */
    public static final String RIGHTS = "rights"; //$NON-NLS-1$
    /** Whether the decision used the quickest lawful route. */
    public static final String EFFICIENCY = "efficiency"; //$NON-NLS-1$

    private Criteria() {
    }
}
