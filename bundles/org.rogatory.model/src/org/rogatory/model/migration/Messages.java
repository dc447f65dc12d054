package org.rogatory.model.migration;

import org.eclipse.osgi.util.NLS;

/** Text of the errors a badly written migration causes, translated through {@code messages.properties}. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.model.migration.messages"; //$NON-NLS-1$

    public static String FormatMigrations_duplicate;
    public static String FormatMigrations_notAFormat;
    public static String FormatMigrations_wrongDirection;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
