package org.rogatory.editor.internal.problems;

import org.eclipse.osgi.util.NLS;

/** Text of the Problems view, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.editor.internal.problems.messages"; //$NON-NLS-1$

    public static String Problems_accessibleName;
    public static String Problems_columnElement;
    public static String Problems_columnFile;
    public static String Problems_columnMessage;
    public static String Problems_columnSeverity;
    public static String Problems_error;
    public static String Problems_noEditor;
    public static String Problems_summary;
    public static String Problems_warning;
    public static String Validation_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
