package org.rogatory.editor.internal.trial;

import org.eclipse.osgi.util.NLS;

/** What the author reads when testing a scenario from the editor. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.editor.internal.trial.messages"; //$NON-NLS-1$

    public static String Preset_choose;
    public static String Preset_none;
    public static String Preset_unreadable;
    public static String Trial_errors;
    public static String Trial_failed;
    public static String Trial_noPoint;
    public static String Trial_noScenario;
    public static String Trial_noWorkbench;
    public static String Trial_problem;
    public static String Trial_refusedTitle;
    public static String Trial_saveAndTest;
    public static String Trial_saveFirst;
    public static String Trial_testFromHere;
    public static String Trial_testFromPreset;
    public static String Trial_testScenario;
    public static String Trial_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
