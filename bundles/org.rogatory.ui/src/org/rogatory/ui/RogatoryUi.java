package org.rogatory.ui;

/**
 * Identifiers of the trainee workbench that other bundles (branding, packs' documentation, tests) refer to. They are
 * declared in this bundle's plugin.xml and must never change: a saved workbench layout refers to them.
 */
public final class RogatoryUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.rogatory.ui"; //$NON-NLS-1$
    /** The workbench application, started by the product. */
    public static final String APPLICATION_ID = "org.rogatory.ui.application"; //$NON-NLS-1$
    /** The perspective a trainee works in; the workbench opens it first. */
    public static final String TRAINEE_PERSPECTIVE_ID = "org.rogatory.ui.perspectives.trainee"; //$NON-NLS-1$
    /** The view listing installed packs and their scenarios. */
    public static final String CASE_LIBRARY_VIEW_ID = "org.rogatory.ui.views.caseLibrary"; //$NON-NLS-1$
    /** The facts, the trainee's role and the learning objectives of the open case. */
    public static final String BRIEFING_VIEW_ID = "org.rogatory.ui.views.briefing"; //$NON-NLS-1$
    /** The data and assets of the open case, with their deadlines. */
    public static final String EVIDENCE_BOARD_VIEW_ID = "org.rogatory.ui.views.evidenceBoard"; //$NON-NLS-1$
    /** The States of the open case and their standing towards the Convention. */
    public static final String STATES_VIEW_ID = "org.rogatory.ui.views.states"; //$NON-NLS-1$
    /** Where the trainee chooses and drafts the next action. */
    public static final String ACTION_COMPOSER_VIEW_ID = "org.rogatory.ui.views.actionComposer"; //$NON-NLS-1$
    /** The simulated clock, what has happened and what is pending. */
    public static final String TIMELINE_VIEW_ID = "org.rogatory.ui.views.timeline"; //$NON-NLS-1$
    /** The verdict of each decision with its explanation and citations. */
    public static final String FEEDBACK_VIEW_ID = "org.rogatory.ui.views.feedback"; //$NON-NLS-1$
    /** The Convention, chapter by chapter, from the knowledge base. */
    public static final String TREATY_BROWSER_VIEW_ID = "org.rogatory.ui.views.treatyBrowser"; //$NON-NLS-1$
    /** The debrief of a finished case. */
    public static final String DEBRIEF_VIEW_ID = "org.rogatory.ui.views.debrief"; //$NON-NLS-1$

    /** Saves the debrief as an HTML report (Ctrl+E while the Debrief is active). */
    public static final String EXPORT_REPORT_COMMAND_ID = "org.rogatory.ui.commands.exportReport"; //$NON-NLS-1$

    /**
     * Starts an author's trial of a scenario in the trainee's views, apart from the trainee's own progress. The
     * scenario editor executes it by id, since the editor and the workbench do not depend on each other.
     */
    public static final String TRIAL_COMMAND_ID = "org.rogatory.ui.commands.trial"; //$NON-NLS-1$
    /** The trial's scenario file: an absolute path to a saved {@code <scenario>.rogatory} in a pack folder. */
    public static final String TRIAL_FILE_PARAMETER = "org.rogatory.ui.commands.trial.file"; //$NON-NLS-1$
    /** Optional: the id of the decision point the trial starts at (the whole scenario when absent). */
    public static final String TRIAL_DECISION_POINT_PARAMETER = "org.rogatory.ui.commands.trial.decisionPoint"; //$NON-NLS-1$
    /** Optional: the name of a preset saved beside the scenario, to start the trial from it. */
    public static final String TRIAL_PRESET_PARAMETER = "org.rogatory.ui.commands.trial.preset"; //$NON-NLS-1$

    /** File &gt; Import Pack Archive as a command, so other bundles' menus (the pack explorer) can offer it. */
    public static final String IMPORT_PACK_COMMAND_ID = "org.rogatory.ui.commands.importPack"; //$NON-NLS-1$

    private RogatoryUi() {
    }
}
