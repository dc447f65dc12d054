package org.rogatory.model.archive;

import org.eclipse.osgi.util.NLS;

/** Text about reading and writing pack archives, translated through {@code messages.properties}. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.model.archive.messages"; //$NON-NLS-1$

    public static String PackArchives_missing;
    public static String PackArchives_missingHint;
    public static String PackArchives_notLoaded;
    public static String PackArchives_tooLarge;
    public static String PackArchives_tooLargeHint;
    public static String PackArchives_unreadable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
