package org.rogatory.ui.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
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
import org.osgi.framework.Bundle;
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
        assertTrue(library.getMessage().matches("\\d+ cases in \\d+ packs?\\. .*"), library.getMessage());
        assertTrue(!library.isEmptyMessageVisible());
        assertEquals("Case Library", part.getTitle());
    }

    /**
     * A view without an icon of its own gets the platform's default one, an SVG: drawing it loads an SVG library and
     * Java2D into the workbench at start-up. Every Rogatory view therefore brings a PNG, with its @2x form for
     * high-resolution screens (both drawn by releng/scripts/icons.py).
     */
    @Test
    void everyRogatoryViewHasItsOwnPngIconInBothSizes() {
        List<String> missing = new ArrayList<>();
        int views = 0;
        for (IConfigurationElement view : Platform.getExtensionRegistry()
                .getConfigurationElementsFor(PlatformUI.PLUGIN_ID, "views")) {
            String bundleName = view.getContributor().getName();
            if (!"view".equals(view.getName()) || !bundleName.startsWith("org.rogatory.")) {
                continue;
            }
            views++;
            String icon = view.getAttribute("icon");
            Bundle bundle = Platform.getBundle(bundleName);
            if (icon == null || !icon.endsWith(".png") || bundle.getEntry(icon) == null
                    || bundle.getEntry(icon.replace(".png", "@2x.png")) == null) {
                missing.add(view.getAttribute("id") + " (" + icon + ")");
            }
        }
        assertTrue(views >= 12, "expected the trainee's and the instructor's views, found " + views);
        assertEquals(List.of(), missing, "views without a PNG icon in both sizes");
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

    /**
     * The perspective list is made when the Window menu first opens, not while the window starts; it offers the other
     * perspective (the active one is left out, as everywhere in the platform) and Other..., once each time it opens.
     */
    @Test
    void openPerspectiveListsThePerspectivesWhenShown() {
        Menu windowMenu = window().getShell().getMenuBar().getItem(2).getMenu();
        windowMenu.notifyListeners(SWT.Show, new Event());
        MenuItem openPerspective = Arrays.stream(windowMenu.getItems())
                .filter(item -> item.getText().startsWith("&Open Perspective")).findFirst().orElseThrow();
        Menu perspectives = openPerspective.getMenu();
        for (int shown = 1; shown <= 2; shown++) {
            perspectives.notifyListeners(SWT.Show, new Event());
            List<String> labels = Arrays.stream(perspectives.getItems()).map(item -> item.getText().replace("&", ""))
                    .toList();
            assertEquals(1, labels.stream().filter("Instructor"::equals).count(), "showing " + shown + ": " + labels);
            assertEquals(1, labels.stream().filter("Other..."::equals).count(), "showing " + shown + ": " + labels);
            perspectives.notifyListeners(SWT.Hide, new Event());
        }
        windowMenu.notifyListeners(SWT.Hide, new Event());
    }

    @Test
    void resetPerspectiveBringsTheCaseLibraryBack() {
        IWorkbenchPage page = window().getActivePage();
        page.hideView(page.findView(RogatoryUi.CASE_LIBRARY_VIEW_ID));
        page.resetPerspective();
        assertNotNull(page.findView(RogatoryUi.CASE_LIBRARY_VIEW_ID));
    }
}
