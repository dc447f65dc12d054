package org.rogatory.treaty.rules;

/**
 * What a rule between two States is about. The engine's evaluator picks the rules it needs by kind, so a new rule of
 * an existing kind needs no change there.
 */
public enum RuleKind {

    /** Whether the Convention is a legal basis between the two States at all (both must be parties). */
    TREATY_BASIS,

    /** One State's status towards the Convention: party, signatory or neither. Subject: requesting or requested. */
    CONVENTION_STATUS,

    /** Which offences the instrument can be used for. */
    SCOPE,

    /** Whether the conduct must be a crime in both States. */
    DUAL_CRIMINALITY,

    /** A number the case is compared with (serious crime, extradition minimum, preservation period). */
    THRESHOLD,

    /** Another rule of the Convention that applies whenever the instrument is used. Subject: the fact key. */
    TREATY_RULE,

    /** How a request may travel. Subject: the channel key. */
    CHANNEL,

    /** The languages the requested State accepts. */
    LANGUAGE,

    /** What the request must or may contain. Subject: the element key. */
    REQUEST_CONTENT,

    /** A ground the requested State may or may not invoke. Subject: the ground key. */
    REFUSAL_GROUND,

    /** Whether the requested State extradites its own nationals, and what follows if it does not. */
    EXTRADITION_OF_NATIONALS,

    /** Whether the requested State takes the Convention as the legal basis for extradition. */
    EXTRADITION_LEGAL_BASIS,

    /** The action is forbidden, or has no basis in the Convention. */
    PROHIBITION
}
