package org.rogatory.editor.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.rogatory.editor.RogatoryEditor;

/**
 * Where instructors write scenarios: the pack's files on the left, the editor in the middle, the map of the scenario
 * on the right and its problems underneath, so a change and its consequences are visible together.
 */
public class InstructorPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(RogatoryEditor.PACK_EXPLORER_VIEW_ID, IPageLayout.LEFT, 0.2f, editorArea);
        layout.addView(RogatoryEditor.MAP_VIEW_ID, IPageLayout.RIGHT, 0.62f, editorArea);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editorArea); //$NON-NLS-1$
        bottom.addView(RogatoryEditor.PROBLEMS_VIEW_ID);
        layout.addPerspectiveShortcut("org.rogatory.ui.perspectives.trainee"); //$NON-NLS-1$
        layout.addShowViewShortcut(RogatoryEditor.PROBLEMS_VIEW_ID);
        layout.addShowViewShortcut(RogatoryEditor.MAP_VIEW_ID);
        layout.addShowViewShortcut(RogatoryEditor.PACK_EXPLORER_VIEW_ID);
        layout.addNewWizardShortcut(RogatoryEditor.NEW_PACK_WIZARD_ID);
        layout.addNewWizardShortcut(RogatoryEditor.NEW_SCENARIO_WIZARD_ID);
    }
}
