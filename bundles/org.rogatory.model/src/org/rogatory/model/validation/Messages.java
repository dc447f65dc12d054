package org.rogatory.model.validation;

import org.eclipse.osgi.util.NLS;

/** Text of the validation summary, translated through {@code messages.properties}. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.model.validation.messages"; //$NON-NLS-1$

    public static String Multiplicity_missing;
    public static String Multiplicity_tooFew;
    public static String ScenarioValidation_pack;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
