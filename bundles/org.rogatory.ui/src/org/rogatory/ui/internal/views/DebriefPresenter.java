package org.rogatory.ui.internal.views;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.rogatory.engine.session.Decision;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.debrief.DebriefView;
import org.rogatory.ui.internal.play.CaseRun;
import org.rogatory.ui.internal.play.CaseService;
import org.rogatory.ui.internal.play.Trial;

/**
 * Brings up the debrief when a case ends, or when a finished case is opened again, so the trainee never has to look
 * for it. Registered with the case service for the life of a workbench window.
 */
public final class DebriefPresenter implements CaseService.Listener {

    private final IWorkbenchWindow window;

    /**
     * Creates a presenter for a window.
     *
     * @param window the window whose page shows the debrief
     */
    public DebriefPresenter(IWorkbenchWindow window) {
        this.window = window;
    }

    @Override
    public void caseChanged(CaseRun run, Decision decision) {
        if (run == null || !run.isEnded() || window.getShell() == null || window.getShell().isDisposed()) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            DebriefView view = (DebriefView) page.showView(RogatoryUi.DEBRIEF_VIEW_ID);
            view.show(run.debrief());
            view.setTrial(run.trial().map(Trial::description).orElse(null));
        } catch (PartInitException e) {
            Platform.getLog(DebriefPresenter.class).error(e.getMessage(), e);
        }
    }
}
