package org.rogatory.model.io;

import org.eclipse.osgi.util.NLS;

/** Text of load problems and their summary, translated through {@code messages.properties}. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.model.io.messages"; //$NON-NLS-1$

    public static String LoadException_summary;
    public static String LoadProblem_withLine;
    public static String LoadProblem_withoutLine;
    public static String ScenarioLoader_notInPack;
    public static String ScenarioLoader_notInPackHint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
