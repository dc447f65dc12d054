package org.rogatory.engine.evaluation;

import org.eclipse.osgi.util.NLS;

/** Explanations the evaluator writes itself, when no single rule's explanation fits. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.engine.evaluation.messages"; //$NON-NLS-1$

    public static String Evaluator_compliant;
    public static String Evaluator_noRule;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
