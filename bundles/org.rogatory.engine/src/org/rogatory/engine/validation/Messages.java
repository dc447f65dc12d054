package org.rogatory.engine.validation;

import org.eclipse.osgi.util.NLS;

/** Messages of the pack validator. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.engine.validation.messages"; //$NON-NLS-1$

    public static String DeadEnd_neverCompleted;
    public static String DeadEnd_stuck;
    public static String Retention_byDeletionTime;
    public static String Retention_byPolicy;
    public static String Retention_days;
    public static String Retention_deletion;
    public static String Retention_eventTooLate;
    public static String Retention_onlyUnlawful;
    public static String Retention_tooLate;
    public static String Unscored_instrument;
    public static String Unscored_rubric;
    public static String Validator_contradiction;
    public static String Validator_noCitations;
    public static String Validator_noFeedback;
    public static String Validator_noObjection;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
