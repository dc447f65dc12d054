package org.rogatory.treaty.citation;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the citation check that authors read.
 */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.treaty.citation.messages"; //$NON-NLS-1$

    public static String Check_valid;
    public static String Check_validRange;
    public static String Check_unverifiedParagraph;
    public static String Check_unknownParagraph;
    public static String Check_unknownArticle;
    public static String Check_reversedRange;
    public static String Check_malformed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
