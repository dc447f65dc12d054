package org.rogatory.treaty.rules;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the rule service that people read.
 */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.treaty.rules.messages"; //$NON-NLS-1$

    public static String Rules_requestedStateMissing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
