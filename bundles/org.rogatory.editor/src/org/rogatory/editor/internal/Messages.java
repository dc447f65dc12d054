package org.rogatory.editor.internal;

import org.eclipse.osgi.util.NLS;

/** Text of the Instructor perspective's own views, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.editor.internal.messages"; //$NON-NLS-1$

    public static String PackExplorer_accessibleName;
    public static String PackExplorer_line;
    public static String PackExplorer_noPack;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
