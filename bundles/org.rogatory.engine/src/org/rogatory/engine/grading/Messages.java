package org.rogatory.engine.grading;

import org.eclipse.osgi.util.NLS;

/** Messages about transcripts that cannot be graded. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.engine.grading.messages"; //$NON-NLS-1$

    public static String Grader_unknownScenario;
    public static String Grader_versionMismatch;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
