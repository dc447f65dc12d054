package org.rogatory.engine.rules;

import org.eclipse.osgi.util.NLS;

/** Explanations the rules give, in plain English for readers of English as a second language. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.engine.rules.messages"; //$NON-NLS-1$

    public static String Sovereignty_forbidden;
    public static String Sovereignty_met;
    public static String Sovereignty_noBasis;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
