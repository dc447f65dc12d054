package org.rogatory.ui.internal.views;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PerspectiveAdapter;
import org.rogatory.engine.session.Decision;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.play.CaseRun;
import org.rogatory.ui.internal.play.CaseService;

/**
 * Opens the views a case is played in when a case opens. The Trainee perspective starts with the Case Library only
 * (the other views have places kept for them but nothing to show before a case), so the workbench comes up quickly
 * and the first thing a trainee sees is the choice of a case. When a case opens, or the perspective is reset while one
 * is open, the Briefing, the States, the Evidence Board, the Case Timeline, the Action Composer and the Feedback take
 * their places. A view the trainee closes during a case stays closed until the next case.
 */
public final class CaseLayout implements CaseService.Listener {

    /** A view of a case and how it opens: in front of its stack, or created behind the view in front. */
    private record Place(String viewId, int mode) {
    }

    /** The views of a case in the order they open. */
    private static final List<Place> VIEWS = List.of(new Place(RogatoryUi.BRIEFING_VIEW_ID, IWorkbenchPage.VIEW_VISIBLE),
            new Place(RogatoryUi.EVIDENCE_BOARD_VIEW_ID, IWorkbenchPage.VIEW_VISIBLE),
            new Place(RogatoryUi.TIMELINE_VIEW_ID, IWorkbenchPage.VIEW_CREATE),
            new Place(RogatoryUi.FEEDBACK_VIEW_ID, IWorkbenchPage.VIEW_VISIBLE),
            new Place(RogatoryUi.ACTION_COMPOSER_VIEW_ID, IWorkbenchPage.VIEW_VISIBLE),
            new Place(RogatoryUi.STATES_VIEW_ID, IWorkbenchPage.VIEW_CREATE));

    private final IWorkbenchWindow window;
    private CaseRun shown;

    /**
     * Creates the layout keeper of a window and follows its perspective resets.
     *
     * @param window the window whose Trainee perspective gets the case's views
     */
    public CaseLayout(IWorkbenchWindow window) {
        this.window = window;
        window.addPerspectiveListener(new PerspectiveAdapter() {
            @Override
            public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String change) {
                if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(change)) {
                    CaseService.get().run().ifPresent(run -> openViews(page));
                }
            }
        });
    }

    @Override
    public void caseChanged(CaseRun run, Decision decision) {
        if (run != null && run != shown && window.getShell() != null && !window.getShell().isDisposed()) {
            shown = run;
            IWorkbenchPage page = window.getActivePage();
            if (page != null) {
                openViews(page);
            }
        }
    }

    private static void openViews(IWorkbenchPage page) {
        IPerspectiveDescriptor perspective = page.getPerspective();
        if (perspective == null || !RogatoryUi.TRAINEE_PERSPECTIVE_ID.equals(perspective.getId())) {
            return;
        }
        for (Place place : VIEWS) {
            if (page.findView(place.viewId()) != null) {
                continue;
            }
            try {
                page.showView(place.viewId(), null, place.mode());
            } catch (PartInitException e) {
                Platform.getLog(CaseLayout.class).error(e.getMessage(), e);
            }
        }
    }
}
