package org.rogatory.ui.internal.trial;

import org.eclipse.osgi.util.NLS;

/** What an author reads while trying a scenario from the editor. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.ui.internal.trial.messages"; //$NON-NLS-1$

    public static String Preset_action;
    public static String Preset_badName;
    public static String Preset_failed;
    public static String Preset_label;
    public static String Preset_saved;
    public static String Preset_title;
    public static String Preset_tooltip;
    public static String Trial_cannotStart;
    public static String Trial_description;
    public static String Trial_fromPoint;
    public static String Trial_fromPreset;
    public static String Trial_fromStart;
    public static String Trial_invalid;
    public static String Trial_loadFailed;
    public static String Trial_missingFile;
    public static String Trial_noFile;
    public static String Trial_notAScenario;
    public static String Trial_partName;
    public static String Trial_preparing;
    public static String Trial_refusedTitle;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
