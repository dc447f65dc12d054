package org.rogatory.model.l10n;

import org.eclipse.osgi.util.NLS;

/** Text of the localizer's errors, translated through {@code messages.properties}. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.model.l10n.messages"; //$NON-NLS-1$

    public static String Localizer_badTag;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
