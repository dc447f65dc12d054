package org.rogatory.benchmarks.bare;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The one perspective of the bare workbench: no views and, like the Trainee perspective, no editor area. */
public class EmptyPerspective implements IPerspectiveFactory {

    /** The perspective's id, as the start-up report names it. */
    public static final String ID = "org.rogatory.benchmarks.bare.perspective"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
    }
}
