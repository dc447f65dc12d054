package org.rogatory.engine.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rogatory.engine.session.tests.TinyCase.DAY;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.engine.debrief.DebriefBuilder;
import org.rogatory.engine.debrief.DebriefText;
import org.rogatory.engine.journal.JournalHeader;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.RecordedDecision;
import org.rogatory.engine.journal.SessionJournal;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.Session;
import org.rogatory.engine.session.SessionRecording;
import org.rogatory.engine.session.SessionRecording.ReplayException;

class SessionRecordingTest {

    @TempDir
    Path folder;

    private final TinyCase tiny = new TinyCase();

    @Test
    void aJournalledSessionResumesExactlyWhereItStopped() throws IOException {
        Path file = folder.resolve("s.journal");
        String before;
        try (SessionJournal journal = SessionJournal.create(file,
                new JournalHeader("tiny", "1", 42L, "trainee", Instant.EPOCH))) {
            Session session = tiny.start(SessionRecording.journalling(journal));
            session.take("preserve", new ActionInput(List.of("offence-and-facts", "necessity")));
            session.take("wait", ActionInput.NONE);
            session.take("mla", ActionInput.NONE);
            before = DebriefText.render(DebriefBuilder.build(session.view()));
        }
        try (SessionJournal journal = SessionJournal.resume(file)) {
            List<RecordedAction> actions = journal.decisions().stream().map(RecordedDecision::action).toList();
            Session resumed = SessionRecording.replay(tiny.scenario, journal.header().seed(), actions, TinyCase.POLICY,
                    TinyCase.ALWAYS_COMPLIANT, DecisionListener.NONE);
            assertEquals(before, DebriefText.render(DebriefBuilder.build(resumed.view())));
            assertEquals("COMPLIANT", journal.decisions().get(0).result().get(SessionRecording.VERDICT));
        }
    }

    @Test
    void draftedElementsSurviveTheRecord() {
        RecordedAction record = new RecordedAction("preserve",
                Map.of(SessionRecording.REQUEST_ELEMENTS, "offence-and-facts,necessity"), 0);
        assertEquals(List.of("offence-and-facts", "necessity"), SessionRecording.inputOf(record).requestElements());
        assertTrue(SessionRecording.inputOf(new RecordedAction("wait", Map.of(), 0)).requestElements().isEmpty());
    }

    @Test
    void aRecordThatDoesNotFitTheScenarioIsRefusedNamingTheAction() {
        List<RecordedAction> actions = List.of(new RecordedAction("preserve", Map.of(), 0),
                new RecordedAction("preserve", Map.of(), DAY));
        ReplayException e = assertThrows(ReplayException.class, () -> SessionRecording.replay(tiny.scenario, 42L,
                actions, TinyCase.POLICY, TinyCase.ALWAYS_COMPLIANT, DecisionListener.NONE));
        assertTrue(e.getMessage().startsWith("Recorded action 2 does not fit"), e.getMessage());
    }

    @Test
    void aRecordOutOfTimeOrderIsRefused() {
        List<RecordedAction> actions = List.of(new RecordedAction("wait", Map.of(), DAY),
                new RecordedAction("preserve", Map.of(), 0));
        ReplayException e = assertThrows(ReplayException.class, () -> SessionRecording.replay(tiny.scenario, 42L,
                actions, TinyCase.POLICY, TinyCase.ALWAYS_COMPLIANT, DecisionListener.NONE));
        assertTrue(e.getMessage().contains("already at minute"), e.getMessage());
    }
}
