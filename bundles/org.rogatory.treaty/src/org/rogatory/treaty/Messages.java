package org.rogatory.treaty;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of this package that people read: the citation patterns and lookup errors.
 */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.treaty.messages"; //$NON-NLS-1$

    public static String Citation_article;
    public static String Citation_range;
    public static String KnowledgeBase_unknownInstrument;
    public static String KnowledgeBase_renderedAt;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
