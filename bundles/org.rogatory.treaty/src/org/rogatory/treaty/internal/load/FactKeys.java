package org.rogatory.treaty.internal.load;

import java.util.List;

/**
 * Keys of the facts whose meaning is built into the API (the typed thresholds and the rule that the Convention binds
 * only its parties). Loading checks that the data holds each of them, so a later edit of the data cannot silently
 * break a threshold the engine compares with.
 */
public final class FactKeys {

    /** Serious crime: a maximum penalty of at least four years (Art. 2(h)). */
    public static final String SERIOUS_CRIME = "serious-crime-threshold"; //$NON-NLS-1$
    /** Extradition: punishable by at least one year in both States (Art. 37). */
    public static final String EXTRADITION_MINIMUM = "extradition-threshold"; //$NON-NLS-1$
    /** International preservation lasts at least 60 days (Art. 42). */
    public static final String PRESERVATION_MINIMUM = "preservation-minimum-period"; //$NON-NLS-1$
    /** A domestic preservation order lasts up to 90 days (Art. 25). */
    public static final String DOMESTIC_PRESERVATION_MAXIMUM = "domestic-preservation-maximum"; //$NON-NLS-1$
    /** A domestic preservation order may be renewed (Art. 25). */
    public static final String DOMESTIC_PRESERVATION_RENEWABLE = "domestic-preservation-renewable"; //$NON-NLS-1$
    /** The Convention binds only the States for which it is in force. */
    public static final String BINDING_BETWEEN_PARTIES = "binding-between-parties"; //$NON-NLS-1$

    private FactKeys() {
    }

    /**
     * The threshold facts that become typed {@link org.rogatory.treaty.Threshold}s.
     *
     * @return their keys
     */
    public static List<String> thresholds() {
        return List.of(SERIOUS_CRIME, EXTRADITION_MINIMUM, PRESERVATION_MINIMUM, DOMESTIC_PRESERVATION_MAXIMUM);
    }

    /**
     * The rule facts the API relies on.
     *
     * @return their keys
     */
    public static List<String> rules() {
        return List.of(DOMESTIC_PRESERVATION_RENEWABLE, BINDING_BETWEEN_PARTIES);
    }
}
