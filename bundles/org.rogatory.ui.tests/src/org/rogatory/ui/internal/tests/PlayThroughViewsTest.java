package org.rogatory.ui.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.engine.Engine;
import org.rogatory.engine.debrief.Debrief;
import org.rogatory.engine.debrief.DebriefBuilder;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.packs.InstalledPacks;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.Session;
import org.rogatory.engine.session.SessionRecording;
import org.rogatory.engine.session.SessionView;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.Verdict;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.debrief.DebriefView;
import org.rogatory.ui.internal.play.CaseService;
import org.rogatory.ui.internal.play.ProgressStore.Status;
import org.rogatory.ui.internal.views.ActionComposerView;
import org.rogatory.ui.internal.views.BriefingView;
import org.rogatory.ui.internal.views.CaseLibraryView;
import org.rogatory.ui.internal.views.EvidenceBoardView;
import org.rogatory.ui.internal.views.FeedbackView;
import org.rogatory.ui.internal.views.StatesView;
import org.rogatory.ui.internal.views.TimelineView;

/**
 * Plays a case of the built-in pack through the views, as a trainee would: open it from the Case Library, read the
 * briefing, pick each action of the expert's path in the Action Composer, tick the request elements, send, let time
 * pass, and read the debrief. The result must equal the engine's own replay of the same transcript. A second test
 * closes the case service mid-case, as closing the workbench does, and checks a fresh service resumes exactly there.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PlayThroughViewsTest {

    private static final String PACK = "essentials";
    private static final String CASE = "ransomware-hospital";

    @TempDir
    Path home;

    private IWorkbenchPage page;

    @BeforeEach
    void freshService() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CaseService.shutdownIfStarted();
        CaseService.set(new CaseService(home, Display.getCurrent()));
        page.resetPerspective();
        CaseService.get().loadPacks();
        settle();
    }

    @AfterEach
    void closeCase() {
        Essentials.closeCase(page);
    }

    /** Waits for the service's jobs and lets the UI process what they posted. */
    private static void settle() throws InterruptedException {
        Essentials.settle(3);
    }

    private <T> T view(String id, Class<T> type) throws Exception {
        return type.cast(page.showView(id));
    }

    private Transcript reference() throws Exception {
        return Essentials.reference(home, CASE);
    }

    private void playThroughComposer(List<RecordedAction> actions) throws Exception {
        ActionComposerView composer = view(RogatoryUi.ACTION_COMPOSER_VIEW_ID, ActionComposerView.class);
        for (RecordedAction action : actions) {
            if (action.simulatedMinutes() > CaseService.get().run().orElseThrow().view().now()) {
                CaseService.get().advanceTo((int) action.simulatedMinutes());
            }
            assertTrue(composer.select(action.actionId()),
                    action.actionId() + " is not offered; offered: " + composer.getOfferedActionIds());
            composer.checkElements(SessionRecording.inputOf(action).requestElements());
            assertTrue(composer.sendSelected() != null, action.actionId() + " was not taken");
        }
    }

    @Test
    void theLibraryComesFirstAndTheCaseViewsOpenWithACase() throws Exception {
        List<String> caseViews = List.of(RogatoryUi.BRIEFING_VIEW_ID, RogatoryUi.EVIDENCE_BOARD_VIEW_ID,
                RogatoryUi.TIMELINE_VIEW_ID, RogatoryUi.FEEDBACK_VIEW_ID, RogatoryUi.ACTION_COMPOSER_VIEW_ID,
                RogatoryUi.STATES_VIEW_ID);
        for (String id : caseViews) {
            assertNull(page.findView(id), id + " is open before any case");
        }
        assertNotNull(page.findView(RogatoryUi.CASE_LIBRARY_VIEW_ID), "the Case Library is open from the start");

        view(RogatoryUi.CASE_LIBRARY_VIEW_ID, CaseLibraryView.class).open(PACK, CASE);
        settle();
        for (String id : caseViews) {
            assertNotNull(page.findView(id), id + " did not open with the case");
        }
        assertTrue(page.isPartVisible(page.findView(RogatoryUi.BRIEFING_VIEW_ID)), "the briefing is in sight");
        assertTrue(page.isPartVisible(page.findView(RogatoryUi.ACTION_COMPOSER_VIEW_ID)), "the composer is in sight");
        assertTrue(page.isPartVisible(page.findView(RogatoryUi.FEEDBACK_VIEW_ID)), "the feedback is in sight");

        page.resetPerspective();
        settle();
        for (String id : caseViews) {
            assertNotNull(page.findView(id), id + " did not come back after a reset with a case open");
        }
    }

    @Test
    void caseViewsWaitForACaseThenBuildTheirWidgets() throws Exception {
        if (page.findView(RogatoryUi.EVIDENCE_BOARD_VIEW_ID) != null) {
            page.hideView(page.findView(RogatoryUi.EVIDENCE_BOARD_VIEW_ID));
        }
        EvidenceBoardView board = view(RogatoryUi.EVIDENCE_BOARD_VIEW_ID, EvidenceBoardView.class);
        assertTrue(board.isWaitingForCase(), "a fresh view with no case open points to the Case Library");

        view(RogatoryUi.CASE_LIBRARY_VIEW_ID, CaseLibraryView.class).open(PACK, CASE);
        settle();
        view(RogatoryUi.EVIDENCE_BOARD_VIEW_ID, EvidenceBoardView.class);
        assertFalse(board.isWaitingForCase());
        assertFalse(board.getRows().isEmpty(), "the evidence board lists the data at stake");
    }

    @Test
    void aTraineePlaysTheReferencePathToTheDebrief() throws Exception {
        CaseLibraryView library = view(RogatoryUi.CASE_LIBRARY_VIEW_ID, CaseLibraryView.class);
        assertTrue(library.getScenarioCount() >= 6, library.getMessage());
        library.open(PACK, CASE);
        settle();

        BriefingView briefing = view(RogatoryUi.BRIEFING_VIEW_ID, BriefingView.class);
        assertTrue(briefing.getText().contains("What you practise"), briefing.getText());
        StatesView states = view(RogatoryUi.STATES_VIEW_ID, StatesView.class);
        assertFalse(states.getNodes().isEmpty());
        EvidenceBoardView board = view(RogatoryUi.EVIDENCE_BOARD_VIEW_ID, EvidenceBoardView.class);
        assertFalse(board.getRows().isEmpty(), "the evidence board lists the data at stake");

        Transcript transcript = reference();
        playThroughComposer(transcript.actions());
        FeedbackView feedback = view(RogatoryUi.FEEDBACK_VIEW_ID, FeedbackView.class);
        assertEquals(transcript.actions().size(), feedback.getEntries().size());
        assertTrue(feedback.getEntries().stream().allMatch(e -> e.verdict() == Verdict.COMPLIANT),
                feedback.getExplanationText());

        CaseService.get().advanceTo(Integer.MAX_VALUE);
        settle();
        TimelineView timeline = view(RogatoryUi.TIMELINE_VIEW_ID, TimelineView.class);
        assertTrue(timeline.getClockText().startsWith("Ended"), timeline.getClockText());
        DebriefView debriefView = view(RogatoryUi.DEBRIEF_VIEW_ID, DebriefView.class);
        Debrief shown = debriefView.debrief();
        Debrief expected = replay(transcript);
        assertEquals(expected.total(), shown.total(), 1e-9);
        assertEquals(expected.decisions().stream().map(d -> d.verdict()).toList(),
                shown.decisions().stream().map(d -> d.verdict()).toList());
        assertEquals(Status.COMPLETED, CaseService.get().progress(PACK, CASE).status());
    }

    private Debrief replay(Transcript transcript) throws Exception {
        Engine engine = Engine.standard();
        LoadedPack pack = InstalledPacks.fromPlatform().find(PACK).orElseThrow().load(new ScenarioLoader());
        long seed = CaseService.get().run().orElseThrow().seed();
        Session session = SessionRecording.replay(pack.scenario(CASE).orElseThrow(), seed, transcript.actions(),
                engine.clockPolicy(), engine.evaluator(), DecisionListener.NONE);
        session.runOut();
        return DebriefBuilder.build(session.view());
    }

    @Test
    void closingTheWorkbenchMidCaseAndReopeningResumesExactlyThere() throws Exception {
        view(RogatoryUi.CASE_LIBRARY_VIEW_ID, CaseLibraryView.class).open(PACK, CASE);
        settle();
        List<RecordedAction> actions = reference().actions();
        playThroughComposer(actions.subList(0, actions.size() / 2));
        CaseService.get().advanceTo(CaseService.get().run().orElseThrow().view().now() + 90);
        SessionView before = CaseService.get().run().orElseThrow().view();

        // Closing the workbench: the service shuts down and closes the journal. Reopening: a fresh service over the
        // same folder loads the packs and reopens the last case by itself.
        CaseService.get().shutdown();
        CaseService.set(new CaseService(home, Display.getCurrent()));
        page.resetPerspective();
        CaseService.get().loadPacks();
        settle();

        SessionView after = CaseService.get().run().orElseThrow().view();
        assertTrue(CaseService.get().run().orElseThrow().resumed());
        assertEquals(before.now(), after.now());
        assertEquals(before.decisions().size(), after.decisions().size());
        assertEquals(before.evidence(), after.evidence());
        assertEquals(before.availableActions(), after.availableActions());
        assertEquals(before.scores(), after.scores());
        assertEquals(before.timeline(), after.timeline());
        FeedbackView feedback = view(RogatoryUi.FEEDBACK_VIEW_ID, FeedbackView.class);
        assertEquals(before.decisions().size(), feedback.getEntries().size());
        assertEquals(Status.IN_PROGRESS, CaseService.get().progress(PACK, CASE).status());
    }
}
