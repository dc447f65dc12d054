package org.rogatory.model.internal;

import org.eclipse.osgi.util.NLS;

/** Words used to name model elements in messages, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.model.internal.messages"; //$NON-NLS-1$

    public static String Label_contained;
    public static String Label_identified;
    public static String Label_unknown;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
