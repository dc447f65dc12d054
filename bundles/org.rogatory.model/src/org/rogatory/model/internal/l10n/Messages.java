package org.rogatory.model.internal.l10n;

import org.eclipse.osgi.util.NLS;

/** Text of translation file problems, translated through {@code messages.properties}. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.model.internal.l10n.messages"; //$NON-NLS-1$

    public static String TranslationFile_badEscape;
    public static String TranslationFile_badEscapeHint;
    public static String TranslationFile_notUtf8;
    public static String TranslationFile_notUtf8Hint;
    public static String TranslationFile_tooLarge;
    public static String TranslationFile_tooLargeHint;
    public static String TranslationFile_unreadable;
    public static String TranslationFile_unreadableHint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
