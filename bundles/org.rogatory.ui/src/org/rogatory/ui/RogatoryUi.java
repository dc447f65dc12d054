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

    private RogatoryUi() {
    }
}
