package org.rogatory.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.rogatory.ui.RogatoryUi;

/**
 * Workbench-wide policy: the Trainee perspective comes first, and the layout a trainee arranged is restored at the
 * next start.
 */
public class RogatoryWorkbenchAdvisor extends WorkbenchAdvisor {

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

    @Override
    public void preStartup() {
        super.preStartup();
        StartupProbe.reportIfRequested(getWorkbenchConfigurer().getWorkbench());
    }
}
