package org.rogatory.treaty.rules;

/**
 * What a rule says, in a form the engine can test without reading the statement. Each kind of rule uses a few of
 * these; the Javadoc of each says which.
 */
public enum RuleEffect {

    /** The rule applies (treaty basis, party status, threshold, treaty rule, legal basis "yes"). */
    APPLIES,

    /** The rule does not apply (no treaty basis, not a party, legal basis "no"). */
    DOES_NOT_APPLY,

    /** The knowledge base or the scenario does not say; the engine must not assume either way. */
    NOT_STATED,

    /** Required (dual criminality, a request element, a channel the requested State insists on, a language). */
    REQUIRED,

    /** Not required (dual criminality for preservation without a reservation). */
    NOT_REQUIRED,

    /** Optional (a request element that is only sometimes needed). */
    OPTIONAL,

    /** The requested State may decline (dual criminality for MLA, or under a reservation). */
    MAY_DECLINE,

    /** The normal channel for the instrument. */
    PROPER,

    /** May be used or done without conditions: a channel, or the extradition of the requested State's nationals. */
    ALLOWED,

    /** A channel that may be used only under the condition stated (for example urgency). */
    CONDITIONAL,

    /** A channel whose condition is not met between these States. */
    CONDITION_NOT_MET,

    /**
     * Not allowed: a channel that does not meet the requested State's requirement, or the extradition of nationals
     * that the requested State's law rules out.
     */
    NOT_ALLOWED,

    /** A refusal ground the requested State may invoke. */
    MAY_INVOKE,

    /** A refusal ground the requested State may not invoke. */
    MAY_NOT_INVOKE,

    /** A ground that allows postponement but not refusal. */
    POSTPONE_ONLY,

    /** The action is forbidden by the Convention. */
    FORBIDDEN,

    /** The action, or the channel, has no basis in the Convention. */
    NO_TREATY_BASIS
}
