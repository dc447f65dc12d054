package org.rogatory.ui.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptFiles;
import org.rogatory.engine.session.SessionRecording;
import org.rogatory.engine.session.SessionView;
import org.rogatory.engine.session.TrialStart.Route;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.debrief.DebriefView;
import org.rogatory.ui.internal.play.CaseRun;
import org.rogatory.ui.internal.play.CaseService;
import org.rogatory.ui.internal.play.ProgressStore.CaseProgress;
import org.rogatory.ui.internal.play.ProgressStore.Status;
import org.rogatory.ui.internal.trial.SavePresetAction;
import org.rogatory.ui.internal.views.ActionComposerView;
import org.rogatory.ui.internal.views.CaseLibraryView;
import org.rogatory.ui.internal.views.TimelineView;

/**
 * An author's trial, started with the trial command as the editor starts it: "test from here" on a decision point in
 * the middle of a built-in case opens the trial there with the decisions that lead to it replayed, the views say it is
 * a trial, it plays to the debrief, a preset saved in it starts the next trial at the same point, and none of it
 * touches the trainee's progress.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TrialTest {

    private static final String PACK = "essentials";
    private static final String CASE = "ransomware-hospital";
    private static final String POINT = "dp-osterlund";

    @TempDir
    Path home;

    private IWorkbenchPage page;
    private Path packFolder;

    @BeforeEach
    void freshService() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        CaseService.shutdownIfStarted();
        CaseService.set(new CaseService(home.resolve("state"), Display.getCurrent()));
        PlatformUI.getWorkbench().showPerspective(RogatoryUi.TRAINEE_PERSPECTIVE_ID, window);
        page.resetPerspective();
        CaseService.get().loadPacks();
        settle();
        packFolder = authorsCopy();
    }

    @AfterEach
    void closeCase() {
        Essentials.closeCase(page);
    }

    private static void settle() throws InterruptedException {
        Essentials.settle(4);
    }

    /** The built-in pack's sources in a folder of their own, as an author edits them. */
    private Path authorsCopy() throws Exception {
        return Essentials.copyPackInto(home.resolve("authoring/essentials"));
    }

    private Transcript reference() throws Exception {
        return Essentials.reference(home, CASE);
    }

    /** Executes the trial command by id, as the editor does. */
    private void trial(String point, String preset) throws Exception {
        IWorkbenchWindow window = page.getWorkbenchWindow();
        Command command = window.getService(ICommandService.class).getCommand(RogatoryUi.TRIAL_COMMAND_ID);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(RogatoryUi.TRIAL_FILE_PARAMETER, packFolder.resolve(CASE + ".rogatory").toString());
        if (point != null) {
            parameters.put(RogatoryUi.TRIAL_DECISION_POINT_PARAMETER, point);
        }
        if (preset != null) {
            parameters.put(RogatoryUi.TRIAL_PRESET_PARAMETER, preset);
        }
        window.getService(IHandlerService.class)
                .executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
        settle();
    }

    private static CaseRun run() {
        return CaseService.get().run().orElseThrow(() -> new AssertionError("no trial is open"));
    }

    @Test
    void testFromHereOpensTheTrialAtThePointWithItsStateAndPlaysToTheDebrief() throws Exception {
        CaseProgress before = CaseService.get().progress(PACK, CASE);

        trial(POINT, null);

        CaseRun run = run();
        assertTrue(run.trial().isPresent(), "the run is a trial");
        assertEquals(Route.REFERENCE_PATH, run.trial().get().plan().route());
        SessionView view = run.view();
        assertEquals(List.of("preserve-vd", "seize-hospital", "path-disclosure"), view.takenActions());
        assertTrue(view.openDecisionPoints().contains(POINT), view.openDecisionPoints().toString());
        assertEquals(RogatoryUi.TRAINEE_PERSPECTIVE_ID, page.getPerspective().getId());
        ActionComposerView composer = (ActionComposerView) page.showView(RogatoryUi.ACTION_COMPOSER_VIEW_ID);
        assertTrue(composer.getOfferedActionIds().contains("preserve-ol"), composer.getOfferedActionIds().toString());
        assertTrue(composer.getPartName().contains("Trial"), composer.getPartName());
        assertTrue(composer.getContentDescription().contains("reference path"), composer.getContentDescription());
        assertTrue(composer.getContentDescription().contains("Nordvik"), composer.getContentDescription());

        List<RecordedAction> path = reference().actions();
        List<RecordedAction> rest = path.subList(3, path.size());
        for (RecordedAction action : rest) {
            if (action.simulatedMinutes() > run().view().now()) {
                CaseService.get().advanceTo((int) action.simulatedMinutes());
            }
            assertTrue(composer.select(action.actionId()),
                    action.actionId() + " is not offered; offered: " + composer.getOfferedActionIds());
            composer.checkElements(SessionRecording.inputOf(action).requestElements());
            assertTrue(composer.sendSelected() != null, action.actionId() + " was not taken");
        }
        CaseService.get().advanceTo(Integer.MAX_VALUE);
        settle();

        TimelineView timeline = (TimelineView) page.showView(RogatoryUi.TIMELINE_VIEW_ID);
        assertTrue(timeline.getClockText().startsWith("Ended"), timeline.getClockText());
        DebriefView debrief = (DebriefView) page.showView(RogatoryUi.DEBRIEF_VIEW_ID);
        assertEquals(7, debrief.debrief().decisions().size());
        assertTrue(debrief.getPartName().contains("Trial"), debrief.getPartName());
        assertEquals(before, CaseService.get().progress(PACK, CASE), "a trial never counts as progress");
        assertFalse(Files.exists(CaseService.get().folder().resolve("sessions").resolve(PACK).resolve(CASE)),
                "the trial's journal is not among the trainee's sessions");
        assertTrue(Files.isDirectory(CaseService.get().trialFolder().resolve(PACK).resolve(CASE)));
    }

    @Test
    void aTrialLeavesTheTraineesProgressAndLastCaseAsTheyWere() throws Exception {
        CaseLibraryView library = (CaseLibraryView) page.showView(RogatoryUi.CASE_LIBRARY_VIEW_ID);
        library.open(PACK, "darknet-market");
        settle();
        Path progressFile = CaseService.get().folder().resolve("progress.properties");
        String progressBefore = Files.readString(progressFile);

        trial(null, null);
        CaseService.get().take(run().view().availableActions().get(0), List.of());
        CaseService.get().advanceTo(Integer.MAX_VALUE);
        settle();

        assertTrue(run().isEnded());
        assertEquals(progressBefore, Files.readString(progressFile));
        assertEquals(Status.NOT_STARTED, CaseService.get().progress(PACK, CASE).status());
        assertFalse(library.getPartName().contains("Trial"), "the library is about the trainee's cases");

        // Reopening the workbench reopens the trainee's case, not the trial.
        CaseService.get().shutdown();
        CaseService.set(new CaseService(CaseService.get().folder(), Display.getCurrent()));
        CaseService.get().loadPacks();
        settle();
        assertEquals("darknet-market", run().scenario().getId());
        assertTrue(run().trial().isEmpty());
    }

    @Test
    void aPresetSavedInATrialStartsTheNextTrialAtTheSamePoint() throws Exception {
        trial(POINT, null);
        SessionView saved = run().view();

        Path file = SavePresetAction.save(run(), "At Osterlund");

        assertEquals(packFolder.resolve("presets").resolve(CASE).resolve("At Osterlund.json"), file);
        assertEquals(saved.takenActions(), TranscriptFiles.read(file).actions().stream()
                .map(RecordedAction::actionId).toList());
        CaseService.get().closeRun();

        trial(null, "At Osterlund");

        CaseRun again = run();
        assertEquals(Route.PRESET, again.trial().orElseThrow().plan().route());
        assertEquals(saved.takenActions(), again.view().takenActions());
        assertEquals(saved.now(), again.view().now(), "the clock stands where the preset was saved");
        assertTrue(again.view().openDecisionPoints().contains(POINT), again.view().openDecisionPoints().toString());
        ActionComposerView composer = (ActionComposerView) page.showView(RogatoryUi.ACTION_COMPOSER_VIEW_ID);
        assertTrue(composer.getContentDescription().contains("At Osterlund"), composer.getContentDescription());
    }
}
