package org.rogatory.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.play.CaseService;

/**
 * Workbench-wide policy: the Trainee perspective comes first, and the layout a trainee arranged is restored at the
 * next start.
 */
public class RogatoryWorkbenchAdvisor extends WorkbenchAdvisor {

    /** How long after start-up the packs' check waits, in milliseconds. */
    private static final int CHECK_DELAY_MS = 300;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return RogatoryUi.TRAINEE_PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new RogatoryWindowAdvisor(configurer);
    }

    /** Closes the open case's journal; every decision is already on disk, and the next start reopens the case. */
    @Override
    public boolean preShutdown() {
        CaseService.shutdownIfStarted();
        return super.preShutdown();
    }

    /**
     * Starts loading the installed packs before the window is built: the loading job runs on another core while the
     * workbench builds its window, so the Case Library usually has its cases by the time it is shown. Their check waits
     * until the window is up ({@link #postStartup()}).
     */
    @Override
    public void preStartup() {
        super.preStartup();
        StartupProbe.reportIfRequested(getWorkbenchConfigurer().getWorkbench());
        CaseService.get().holdChecks();
        CaseService.get().loadPacksOnce();
    }

    /**
     * Lets the packs' check run once the first window has been painted: reading the knowledge base and validating take
     * a core, which the window's first layout and paint should not have to share on a two-core machine. Opening a case
     * waits for the check, so a trainee who is quicker than this only waits a little longer for the first case.
     */
    @Override
    public void postStartup() {
        super.postStartup();
        getWorkbenchConfigurer().getWorkbench().getDisplay().timerExec(CHECK_DELAY_MS,
                () -> CaseService.get().releaseChecks());
    }
}
