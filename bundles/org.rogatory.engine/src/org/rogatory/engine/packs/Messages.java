package org.rogatory.engine.packs;

import org.eclipse.osgi.util.NLS;

/** Messages about installed scenario packs. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.engine.packs.messages"; //$NON-NLS-1$

    public static String ImportedPack_describe;
    public static String ImportedPack_idMismatch;
    public static String ImportedPack_idMismatchHint;
    public static String ImportedPacks_noPack;
    public static String ImportedPacks_unreadable;
    public static String PackImporter_refused;
    public static String PackImporter_errorsHint;
    public static String PackImporter_manifestMismatch;
    public static String PackImporter_manifestMismatchHint;
    public static String PackImporter_tooOld;
    public static String PackImporter_tooOldHint;
    public static String PackProjects_defaultProvider;
    public static String PackProjects_notEmpty;
    public static String InstalledPacks_badFolder;
    public static String InstalledPacks_duplicateId;
    public static String InstalledPacks_missingAttribute;
    public static String InstalledPacks_noBundle;
    public static String InstalledPacks_noRegistry;
    public static String InstalledPacks_unknownElement;
    public static String PackContribution_describe;
    public static String PackContribution_idMismatch;
    public static String PackContribution_idMismatchHint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
