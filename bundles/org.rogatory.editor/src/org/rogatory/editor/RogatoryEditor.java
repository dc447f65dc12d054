package org.rogatory.editor;

/**
 * The ids of the authoring workbench's contributions. They are API: saved workbench layouts, key bindings and other
 * bundles (the trainee application's menus, tests) refer to them, so they never change.
 */
public final class RogatoryEditor {

    /** The scenario editor, opened on a {@code .rogatory} file of a pack folder. */
    public static final String EDITOR_ID = "org.rogatory.editor.scenarioEditor"; //$NON-NLS-1$

    /** The Instructor perspective: pack explorer, editor, problems and the scenario map. */
    public static final String INSTRUCTOR_PERSPECTIVE_ID = "org.rogatory.editor.perspectives.instructor"; //$NON-NLS-1$

    /** The problems of the pack in the active editor, refreshed as the author edits. */
    public static final String PROBLEMS_VIEW_ID = "org.rogatory.editor.views.problems"; //$NON-NLS-1$

    /** The map of the active scenario: decision points and the ways between them. */
    public static final String MAP_VIEW_ID = "org.rogatory.editor.views.map"; //$NON-NLS-1$

    /** The files of the pack in the active editor. */
    public static final String PACK_EXPLORER_VIEW_ID = "org.rogatory.editor.views.packExplorer"; //$NON-NLS-1$

    /** The New Pack wizard. */
    public static final String NEW_PACK_WIZARD_ID = "org.rogatory.editor.wizards.newPack"; //$NON-NLS-1$

    /** The New Scenario wizard. */
    public static final String NEW_SCENARIO_WIZARD_ID = "org.rogatory.editor.wizards.newScenario"; //$NON-NLS-1$

    private RogatoryEditor() {
    }
}
