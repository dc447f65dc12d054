package org.rogatory.engine.internal.journal;

import org.eclipse.osgi.util.NLS;

/**
 * Text about journals, transcripts and the session store that a person reads (in an exception, the log or the UI),
 * translated through {@code messages.properties}.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.engine.internal.journal.messages"; //$NON-NLS-1$

    public static String Value_blank;
    public static String Value_negative;
    public static String Value_nullEntry;
    public static String Value_sequence;
    public static String Value_notUtf8;
    public static String Value_tooLarge;
    public static String Value_oneOf;

    public static String Journal_exists;
    public static String Journal_locked;
    public static String Journal_notAJournal;
    public static String Journal_unsupportedFormat;
    public static String Journal_tornHeader;
    public static String Journal_corruptHeader;
    public static String Journal_damagedMiddle;
    public static String Journal_tooLarge;
    public static String Journal_broken;
    public static String Journal_closed;

    public static String Repair_torn;
    public static String Repair_corrupt;

    public static String Store_badId;

    public static String Transcript_malformed;
    public static String Transcript_unsupportedFormat;
    public static String Transcript_missing;
    public static String Transcript_notString;
    public static String Transcript_blank;
    public static String Transcript_notWholeNumber;
    public static String Transcript_negative;
    public static String Transcript_notObject;
    public static String Transcript_notArray;
    public static String Transcript_unknown;
    public static String Transcript_notTime;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
