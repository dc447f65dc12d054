package org.rogatory.editor.internal.export;

import org.eclipse.osgi.util.NLS;

/** What the author reads when exporting a pack. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.editor.internal.export.messages"; //$NON-NLS-1$

    public static String Export_archiveDescription;
    public static String Export_archiveDone;
    public static String Export_archiveJob;
    public static String Export_archiveTitle;
    public static String Export_archiveTarget;
    public static String Export_badBundle;
    public static String Export_browse;
    public static String Export_bundle;
    public static String Export_cannotWrite;
    public static String Export_doneTitle;
    public static String Export_failedTitle;
    public static String Export_hasErrors;
    public static String Export_installFolderUnknown;
    public static String Export_loadFailed;
    public static String Export_loading;
    public static String Export_needArchive;
    public static String Export_needFolder;
    public static String Export_needPack;
    public static String Export_notEmpty;
    public static String Export_pack;
    public static String Export_problem;
    public static String Export_projectDescription;
    public static String Export_projectDone;
    public static String Export_projectJob;
    public static String Export_projectTarget;
    public static String Export_projectTitle;
    public static String Export_saveAndExport;
    public static String Export_saveFirst;
    public static String Export_unexpected;
    public static String Export_validating;
    public static String Export_writing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
