package org.rogatory.editor.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Text of the New Pack and New Scenario wizards and of the templates, translated through {@code messages.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.rogatory.editor.internal.wizards.messages"; //$NON-NLS-1$

    public static String NewPack_description;
    public static String NewPack_folderNotEmpty;
    public static String NewPack_parentFolder;
    public static String NewPack_title;
    public static String NewPack_windowTitle;
    public static String NewScenario_description;
    public static String NewScenario_exists;
    public static String NewScenario_noCast;
    public static String NewScenario_notAPack;
    public static String NewScenario_packFolder;
    public static String NewScenario_saveFirst;
    public static String NewScenario_title;
    public static String NewScenario_windowTitle;
    public static String Template_briefing;
    public static String Template_centralAuthority;
    public static String Template_conduct;
    public static String Template_criterion;
    public static String Template_epilogue;
    public static String Template_feedback;
    public static String Template_firstAction;
    public static String Template_firstPoint;
    public static String Template_foreignState;
    public static String Template_homeState;
    public static String Template_narrative;
    public static String Template_offence;
    public static String Template_offenceFacts;
    public static String Template_packDescription;
    public static String Template_rubric;
    public static String Template_scenarioTitle;
    public static String Template_secondAction;
    public static String Template_secondPoint;
    public static String Wizard_browse;
    public static String Wizard_folderMissing;
    public static String Wizard_id;
    public static String Wizard_idInvalid;
    public static String Wizard_title;
    public static String Wizard_titleMissing;
    public static String Wizard_writeFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
