package org.rogatory.benchmarks.bare;

import org.eclipse.osgi.util.NLS;

/** Text the bare workbench shows, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.benchmarks.bare.messages"; //$NON-NLS-1$

    public static String Window_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
