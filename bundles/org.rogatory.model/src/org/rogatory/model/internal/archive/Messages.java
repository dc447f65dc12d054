package org.rogatory.model.internal.archive;

import org.eclipse.osgi.util.NLS;

/** Text of archive refusals, translated through {@code messages.properties}. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.model.internal.archive.messages"; //$NON-NLS-1$

    public static String Entry_absolute;
    public static String Entry_backslash;
    public static String Entry_driveLetter;
    public static String Entry_duplicate;
    public static String Entry_duplicateHint;
    public static String Entry_link;
    public static String Entry_linkHint;
    public static String Entry_outsidePack;
    public static String Entry_outsidePackHint;
    public static String Entry_parent;
    public static String Entry_pathHint;
    public static String Entry_special;
    public static String Entry_unsafe;
    public static String Manifest_absent;
    public static String Manifest_absentHint;
    public static String Manifest_badEntry;
    public static String Manifest_malformedHint;
    public static String Manifest_missing;
    public static String Manifest_newer;
    public static String Manifest_newerHint;
    public static String Manifest_notJson;
    public static String Manifest_notObject;
    public static String Manifest_unknownFormat;
    public static String Verify_digestMismatch;
    public static String Verify_hashMismatch;
    public static String Verify_missing;
    public static String Verify_noPackFile;
    public static String Verify_tamperedHint;
    public static String Verify_unlisted;
    public static String Zip_badData;
    public static String Zip_badDirectory;
    public static String Zip_badLocalHeader;
    public static String Zip_corruptHint;
    public static String Zip_crcMismatch;
    public static String Zip_encrypted;
    public static String Zip_entryTooLarge;
    public static String Zip_method;
    public static String Zip_multiDisk;
    public static String Zip_nameEncoding;
    public static String Zip_nameMismatch;
    public static String Zip_notZip;
    public static String Zip_outOfBounds;
    public static String Zip_reexportHint;
    public static String Zip_sizeMismatch;
    public static String Zip_tooLargeHint;
    public static String Zip_tooManyEntries;
    public static String Zip_tooManyEntriesHint;
    public static String Zip_totalTooLarge;
    public static String Zip_truncated;
    public static String Zip_zip64;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
