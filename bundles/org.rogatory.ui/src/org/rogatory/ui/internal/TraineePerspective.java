package org.rogatory.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.rogatory.ui.RogatoryUi;

/**
 * The trainee's workspace. There is no editor area: a trainee works through views (library, briefing, evidence,
 * feedback) that later issues add around the Case Library.
 */
public class TraineePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(RogatoryUi.CASE_LIBRARY_VIEW_ID, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
        layout.getViewLayout(RogatoryUi.CASE_LIBRARY_VIEW_ID).setCloseable(false);
    }
}
