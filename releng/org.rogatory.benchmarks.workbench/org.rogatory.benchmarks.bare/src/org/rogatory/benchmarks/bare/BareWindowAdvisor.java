package org.rogatory.benchmarks.bare;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Gives the window the size and title bar settings of Rogatory's window, so both workbenches lay out and paint the
 * same area; it has no menus, tool bar or status line contributions of its own.
 */
public class BareWindowAdvisor extends WorkbenchWindowAdvisor {

    /** Creates the advisor for the window the configurer describes. */
    public BareWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setTitle(Messages.Window_title);
    }
}
