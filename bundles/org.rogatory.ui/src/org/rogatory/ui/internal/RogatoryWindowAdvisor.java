package org.rogatory.ui.internal;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.rogatory.ui.internal.play.CaseService;
import org.rogatory.ui.internal.views.CaseLayout;
import org.rogatory.ui.internal.views.DebriefPresenter;

/** Shapes the main window: its title, a size that fits a workshop laptop, a status line, no tool bar clutter. */
public class RogatoryWindowAdvisor extends WorkbenchWindowAdvisor {

    /** Creates the advisor for the window the configurer describes. */
    public RogatoryWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new RogatoryActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(Messages.Window_title);
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        CaseService service = CaseService.get();
        List<CaseService.Listener> presenters = List.of(new CaseLayout(window), new DebriefPresenter(window));
        presenters.forEach(service::addListener);
        // The packs started loading before the window (RogatoryWorkbenchAdvisor.preStartup), and the case that was
        // open last time may be open again already: lay out its views now.
        service.run().ifPresent(run -> presenters.forEach(presenter -> presenter.caseChanged(run, null)));
    }
}
