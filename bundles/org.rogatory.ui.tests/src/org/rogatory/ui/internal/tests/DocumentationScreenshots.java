package org.rogatory.ui.internal.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.TranscriptFiles;
import org.rogatory.engine.session.SessionRecording;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.play.CaseService;
import org.rogatory.ui.internal.views.ActionComposerView;
import org.rogatory.ui.internal.views.CaseLibraryView;

/**
 * Takes the screenshots of the README: the workbench with a case of the built-in pack half played, then each main
 * view in front, and an author's trial started from a decision point. Runs only when {@code rogatory.docs.screenshots} names the folder to write to (see README).
 */
@EnabledIfSystemProperty(named = "rogatory.docs.screenshots", matches = ".+")
class DocumentationScreenshots {

    private static final String CASE = "ransomware-hospital";

    @TempDir
    Path home;

    @Test
    void takeScreenshotsOfTheMainViews() throws Exception {
        File folder = new File(System.getProperty("rogatory.docs.screenshots"));
        folder.mkdirs();
        Display display = Display.getCurrent();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1360, 860);
        CaseService.shutdownIfStarted();
        CaseService.set(new CaseService(home, display));
        page.resetPerspective();
        CaseService.get().loadPacks();
        settle(display);
        ((CaseLibraryView) page.showView(RogatoryUi.CASE_LIBRARY_VIEW_ID)).open("essentials", CASE);
        settle(display);

        Path transcript = home.resolve("reference.json");
        try (InputStream in = Platform.getBundle("org.rogatory.pack.essentials")
                .getEntry("transcripts/" + CASE + "/reference.json").openStream()) {
            Files.copy(in, transcript);
        }
        List<RecordedAction> actions = TranscriptFiles.read(transcript).actions();
        ActionComposerView composer = (ActionComposerView) page.showView(RogatoryUi.ACTION_COMPOSER_VIEW_ID);
        for (RecordedAction action : actions.subList(0, Math.max(1, actions.size() / 2))) {
            if (action.simulatedMinutes() > CaseService.get().run().orElseThrow().view().now()) {
                CaseService.get().advanceTo((int) action.simulatedMinutes());
            }
            composer.select(action.actionId());
            composer.checkElements(SessionRecording.inputOf(action).requestElements());
            composer.sendSelected();
        }
        List<String> next = composer.getOfferedActionIds();
        if (!next.isEmpty()) {
            composer.select(next.get(0));
        }
        settle(display);
        save(display, shell.getBounds(), new File(folder, "workbench.png"));

        for (String id : List.of(RogatoryUi.CASE_LIBRARY_VIEW_ID, RogatoryUi.BRIEFING_VIEW_ID,
                RogatoryUi.EVIDENCE_BOARD_VIEW_ID, RogatoryUi.STATES_VIEW_ID, RogatoryUi.ACTION_COMPOSER_VIEW_ID,
                RogatoryUi.TIMELINE_VIEW_ID, RogatoryUi.FEEDBACK_VIEW_ID, RogatoryUi.TREATY_BROWSER_VIEW_ID)) {
            IViewPart part = page.showView(id);
            settle(display);
            saveView(display, part, new File(folder, id.substring(id.lastIndexOf('.') + 1) + ".png"));
        }
        CaseService.get().advanceTo(Integer.MAX_VALUE);
        settle(display);
        saveView(display, page.showView(RogatoryUi.DEBRIEF_VIEW_ID), new File(folder, "debrief.png"));
        assertTrue(new File(folder, "debrief.png").isFile());
        CaseService.get().shutdown();
    }

    /**
     * The README's picture of an author's trial: Test from Here on a decision point in the middle of the case, as the
     * editor starts it (the trial command by id), with the views titled "(Trial)" and the path replayed.
     */
    @Test
    void takeScreenshotOfATrial() throws Exception {
        File folder = new File(System.getProperty("rogatory.docs.screenshots"));
        folder.mkdirs();
        Display display = Display.getCurrent();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        Shell shell = window.getShell();
        shell.setBounds(0, 0, 1360, 860);
        CaseService.shutdownIfStarted();
        CaseService.set(new CaseService(home.resolve("state"), display));
        page.resetPerspective();
        Path pack = home.resolve("essentials");
        Files.createDirectories(pack);
        java.util.Enumeration<java.net.URL> files = Platform.getBundle("org.rogatory.pack.essentials")
                .findEntries("pack", "*.rogatory", false);
        while (files.hasMoreElements()) {
            java.net.URL url = files.nextElement();
            try (InputStream in = url.openStream()) {
                Files.copy(in, pack.resolve(url.getPath().substring(url.getPath().lastIndexOf('/') + 1)));
            }
        }
        Command command = window.getService(ICommandService.class).getCommand(RogatoryUi.TRIAL_COMMAND_ID);
        window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command,
                Map.of(RogatoryUi.TRIAL_FILE_PARAMETER, pack.resolve(CASE + ".rogatory").toString(),
                        RogatoryUi.TRIAL_DECISION_POINT_PARAMETER, "dp-osterlund")),
                null);
        settle(display);
        settle(display);
        ActionComposerView composer = (ActionComposerView) page.showView(RogatoryUi.ACTION_COMPOSER_VIEW_ID);
        composer.select("preserve-ol");
        settle(display);
        save(display, shell.getBounds(), new File(folder, "trial.png"));
        assertTrue(CaseService.get().run().orElseThrow().trial().isPresent());
        CaseService.get().shutdown();
    }

    private static void saveView(Display display, IViewPart part, File file) {
        MPart model = part.getSite().getService(MPart.class);
        org.eclipse.swt.widgets.Control control = model != null && model.getWidget() instanceof org.eclipse.swt.widgets.Control c
                ? c : null;
        Rectangle bounds = control != null ? control.getBounds() : null;
        org.eclipse.swt.widgets.Composite parent = control != null ? control.getParent() : null;
        if (bounds == null || parent == null) {
            save(display, part.getSite().getShell().getBounds(), file);
            return;
        }
        org.eclipse.swt.graphics.Point origin = parent.toDisplay(bounds.x, bounds.y);
        save(display, new Rectangle(origin.x, origin.y, bounds.width, bounds.height), file);
    }

    private static void save(Display display, Rectangle area, File file) {
        settle(display);
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, area.x, area.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.getPath(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static void settle(Display display) {
        try {
            for (int i = 0; i < 3; i++) {
                Job.getJobManager().join(CaseService.JOB_FAMILY, null);
                long until = System.currentTimeMillis() + 150;
                while (System.currentTimeMillis() < until) {
                    if (!display.readAndDispatch()) {
                        Thread.sleep(10);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
