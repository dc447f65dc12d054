package org.rogatory.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.rogatory.ui.RogatoryUi;

/**
 * The trainee's workspace. There is no editor area. At first only the Case Library is open, across the window: before
 * a case there is nothing else to show. Places are kept for the rest, which {@code CaseLayout} opens when a case
 * opens: the library narrows to the left with the States behind it, the Briefing (with the Debrief and the treaty
 * behind it) takes the middle above the Action Composer, and on the right the evidence and the timeline sit above the
 * Feedback, which stays in sight whenever the trainee acts.
 */
public class TraineePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(false);

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.26f, editorArea); //$NON-NLS-1$
        left.addView(RogatoryUi.CASE_LIBRARY_VIEW_ID);
        left.addPlaceholder(RogatoryUi.STATES_VIEW_ID);
        layout.getViewLayout(RogatoryUi.CASE_LIBRARY_VIEW_ID).setCloseable(false);

        IPlaceholderFolderLayout right = layout.createPlaceholderFolder("right", IPageLayout.RIGHT, 0.68f, //$NON-NLS-1$
                editorArea);
        right.addPlaceholder(RogatoryUi.EVIDENCE_BOARD_VIEW_ID);
        right.addPlaceholder(RogatoryUi.TIMELINE_VIEW_ID);

        // Feedback below the evidence, never behind the composer: the verdict must be in sight the moment Send is
        // pressed.
        layout.addPlaceholder(RogatoryUi.FEEDBACK_VIEW_ID, IPageLayout.BOTTOM, 0.5f, "right"); //$NON-NLS-1$

        IPlaceholderFolderLayout bottom = layout.createPlaceholderFolder("bottom", IPageLayout.BOTTOM, 0.55f, //$NON-NLS-1$
                editorArea);
        bottom.addPlaceholder(RogatoryUi.ACTION_COMPOSER_VIEW_ID);

        IPlaceholderFolderLayout middle = layout.createPlaceholderFolder("middle", IPageLayout.TOP, 0.95f, //$NON-NLS-1$
                editorArea);
        middle.addPlaceholder(RogatoryUi.BRIEFING_VIEW_ID);
        middle.addPlaceholder(RogatoryUi.DEBRIEF_VIEW_ID);
        middle.addPlaceholder(RogatoryUi.TREATY_BROWSER_VIEW_ID);

        for (String id : new String[] { RogatoryUi.CASE_LIBRARY_VIEW_ID, RogatoryUi.STATES_VIEW_ID,
                RogatoryUi.EVIDENCE_BOARD_VIEW_ID, RogatoryUi.TIMELINE_VIEW_ID, RogatoryUi.ACTION_COMPOSER_VIEW_ID,
                RogatoryUi.FEEDBACK_VIEW_ID, RogatoryUi.BRIEFING_VIEW_ID, RogatoryUi.DEBRIEF_VIEW_ID,
                RogatoryUi.TREATY_BROWSER_VIEW_ID }) {
            layout.addShowViewShortcut(id);
        }
    }
}
