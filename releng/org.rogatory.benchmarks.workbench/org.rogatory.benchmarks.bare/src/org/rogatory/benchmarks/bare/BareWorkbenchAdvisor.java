package org.rogatory.benchmarks.bare;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Opens the empty perspective and arranges the start-up report. Saves and restores the layout like Rogatory's advisor,
 * so both workbenches do the same work at start and at shutdown apart from what Rogatory adds.
 */
public class BareWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return EmptyPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new BareWindowAdvisor(configurer);
    }

    @Override
    public void preStartup() {
        super.preStartup();
        BareProbe.reportIfRequested(getWorkbenchConfigurer().getWorkbench());
    }
}
