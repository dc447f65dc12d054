package org.rogatory.engine.session;

import org.eclipse.osgi.util.NLS;

/** Messages about where trials start and the presets authors save, for the author's eyes. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.engine.session.messages"; //$NON-NLS-1$

    public static String TrialPresets_badClock;
    public static String TrialPresets_badName;
    public static String TrialPresets_missing;
    public static String TrialStart_failed;
    public static String TrialStart_neverOpens;
    public static String TrialStart_noSuchPoint;
    public static String TrialStart_notFound;
    public static String TrialStart_presetEnded;
    public static String TrialStart_presetOtherScenario;
    public static String TrialStart_presetStale;
    public static String TrialStart_routePreset;
    public static String TrialStart_routeReference;
    public static String TrialStart_routeShortest;
    public static String TrialStart_routeStart;
    public static String TrialStart_routeWaitOnly;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
