package org.rogatory.editor.internal.map;

import org.eclipse.osgi.util.NLS;

/** Text of the scenario map, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.editor.internal.map.messages"; //$NON-NLS-1$

    public static String Map_actions;
    public static String Map_focused;
    public static String Map_noScenario;
    public static String Map_summary;
    public static String Map_unreachable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
