package org.rogatory.editor.internal.handlers;

import org.eclipse.osgi.util.NLS;

/** Text of the authoring commands, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.editor.internal.handlers.messages"; //$NON-NLS-1$

    public static String Open_failed;
    public static String Open_filterName;
    public static String Open_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
