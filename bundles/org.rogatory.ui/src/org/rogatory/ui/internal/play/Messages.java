package org.rogatory.ui.internal.play;

import org.eclipse.osgi.util.NLS;

/** Messages of the case service. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.ui.internal.play.messages"; //$NON-NLS-1$

    public static String Catalog_failed;
    public static String Catalog_imported;
    public static String Catalog_importProblem;
    public static String Catalog_loading;
    public static String Catalog_loadingPack;
    public static String Catalog_registrationProblem;
    public static String Catalog_unexpected;
    public static String Service_closeFailed;
    public static String Service_importing;
    public static String Service_importRefused;
    public static String Service_noCase;
    public static String Service_openFailed;
    public static String Service_opening;
    public static String Service_openingTrial;
    public static String Service_trialFailed;
    public static String Service_packUnplayable;
    public static String Service_progressFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
