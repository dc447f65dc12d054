package org.rogatory.ui.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.play.CaseService;
import org.rogatory.ui.internal.views.CaseLibraryView;

/** Runs inside the real Rogatory workbench (the UI test harness starts the product) and checks what a trainee sees. */
@ExtendWith(ScreenshotOnFailure.class)
class TraineeWorkbenchTest {

    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window is open");
        return window;
    }

    @Test
    void windowIsTitledRogatory() {
        Shell shell = window().getShell();
        assertTrue(shell.isVisible());
        assertEquals("Rogatory", shell.getText());
    }

    @Test
    void traineePerspectiveOpensFirst() {
        IWorkbenchPage page = window().getActivePage();
        assertEquals(RogatoryUi.TRAINEE_PERSPECTIVE_ID, page.getPerspective().getId());
        assertEquals("Trainee", page.getPerspective().getLabel());
    }

    @Test
    void caseLibraryIsShownWithTheBuiltInPack() throws Exception {
        Job.getJobManager().join(CaseService.JOB_FAMILY, null);
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the library show what the loading job found
        }
        IViewPart part = window().getActivePage().findView(RogatoryUi.CASE_LIBRARY_VIEW_ID);
        CaseLibraryView library = assertInstanceOf(CaseLibraryView.class, part, "Case Library is not open");
        assertTrue(library.getScenarioCount() >= 6, library.getMessage());
        assertTrue(!library.isEmptyMessageVisible());
        assertEquals("Case Library", part.getTitle());
    }

    @Test
    void exportingTheDebriefHasAKeyBinding() throws Exception {
        window().getActivePage().showView(RogatoryUi.DEBRIEF_VIEW_ID);
        while (Display.getCurrent().readAndDispatch()) {
            // let the workbench activate the view's key-binding context
        }
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        String shortcut = bindings.getBestActiveBindingFormattedFor(RogatoryUi.EXPORT_REPORT_COMMAND_ID);
        assertEquals("Ctrl+E", shortcut);
    }

    @Test
    void everyTopLevelMenuHasAKeyboardMnemonic() {
        Menu bar = window().getShell().getMenuBar();
        List<String> labels = Arrays.stream(bar.getItems()).map(MenuItem::getText).toList();
        assertEquals(List.of("&File", "&Edit", "&Window", "&Help"), labels);
    }

    @Test
    void resetPerspectiveBringsTheCaseLibraryBack() {
        IWorkbenchPage page = window().getActivePage();
        page.hideView(page.findView(RogatoryUi.CASE_LIBRARY_VIEW_ID));
        page.resetPerspective();
        assertNotNull(page.findView(RogatoryUi.CASE_LIBRARY_VIEW_ID));
    }
}
