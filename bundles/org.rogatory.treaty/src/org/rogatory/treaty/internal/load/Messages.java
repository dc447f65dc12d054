package org.rogatory.treaty.internal.load;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the loader that people read: errors about a broken knowledge base file.
 */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.treaty.internal.load.messages"; //$NON-NLS-1$

    public static String Load_atLine;
    public static String Load_atLineColumn;
    public static String Load_noLine;
    public static String Load_unreadable;
    public static String Load_notConvention;
    public static String Load_missing;
    public static String Integrity_duplicateArticle;
    public static String Integrity_articleOutsideChapter;
    public static String Integrity_label;
    public static String Integrity_missingFact;
    public static String Integrity_missingTopic;
    public static String Integrity_reservationTopic;
    public static String Integrity_thresholdUnit;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
