package org.rogatory.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Text the command line prints, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.cli.internal.messages"; //$NON-NLS-1$

    public static String Cli_noCommand;
    public static String Cli_unknownCommand;
    public static String Cli_unknownOption;
    public static String Cli_usage;
    public static String Cli_version;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
