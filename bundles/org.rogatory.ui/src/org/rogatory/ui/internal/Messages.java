package org.rogatory.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Text the trainee workbench shows, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.ui.internal.messages"; //$NON-NLS-1$

    public static String CaseLibrary_accessibleName;
    public static String CaseLibrary_empty;
    public static String Menu_file;
    public static String Menu_help;
    public static String Menu_window;
    public static String Window_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
