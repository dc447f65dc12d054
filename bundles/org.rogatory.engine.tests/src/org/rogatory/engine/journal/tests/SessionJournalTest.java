package org.rogatory.engine.journal.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.engine.internal.journal.JournalScanner;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.RecordedDecision;
import org.rogatory.engine.journal.JournalException;
import org.rogatory.engine.journal.JournalException.Reason;
import org.rogatory.engine.journal.SessionJournal;

class SessionJournalTest {

    @TempDir
    Path dir;

    @Test
    void reopenedJournalHoldsTheSameHeaderAndDecisions() throws IOException {
        JournalFixtures.Sample sample = JournalFixtures.write(dir.resolve("s.journal"), 5);
        try (SessionJournal journal = SessionJournal.resume(sample.file())) {
            assertEquals(JournalFixtures.header(), journal.header());
            assertEquals(sample.decisions(), journal.decisions());
            assertTrue(journal.repair().isEmpty());
        }
    }

    @Test
    void decisionsAreNumberedFromOneAndContinueAfterResume() throws IOException {
        Path file = JournalFixtures.write(dir.resolve("s.journal"), 2).file();
        try (SessionJournal journal = SessionJournal.resume(file)) {
            assertEquals(3, journal.append(JournalFixtures.action(3), Map.of()).sequence());
        }
        try (SessionJournal journal = SessionJournal.resume(file)) {
            assertEquals(List.of(1, 2, 3), journal.decisions().stream().map(RecordedDecision::sequence).toList());
        }
    }

    @Test
    void anAppendedDecisionIsInTheFileWhenAppendReturns() throws IOException {
        Path file = dir.resolve("s.journal");
        try (SessionJournal journal = SessionJournal.create(file, JournalFixtures.header())) {
            RecordedDecision decision = journal.append(JournalFixtures.action(1), JournalFixtures.result(1));
            assertEquals(List.of(decision), JournalScanner.scan(file, Files.readAllBytes(file)).decisions());
        }
    }

    @Test
    void unusualTextSurvivesTheRoundTrip() throws IOException {
        Path file = dir.resolve("s.journal");
        RecordedAction action = new RecordedAction("note", Map.of("text", "line one\nline two\r\n\"quoted\" \u00e9\u4e2d\ud83d\ude00",
                "", "empty name", "<html>", "a\u2028b\u0000"), 0);
        try (SessionJournal journal = SessionJournal.create(file, JournalFixtures.header())) {
            journal.append(action, Map.of("summary", "}\n{"));
        }
        try (SessionJournal journal = SessionJournal.resume(file)) {
            assertEquals(action, journal.decisions().get(0).action());
            assertEquals(Map.of("summary", "}\n{"), journal.decisions().get(0).result());
        }
    }

    @Test
    void textThatUtf8CannotHoldIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path file = dir.resolve("s.journal");
        try (SessionJournal journal = SessionJournal.create(file, JournalFixtures.header())) {
            byte[] before = Files.readAllBytes(file);
            RecordedAction broken = new RecordedAction("note", Map.of("text", "half a pair \ud83d"), 0);
            assertThrows(IllegalArgumentException.class, () -> journal.append(broken, Map.of()));
            assertArrayEquals(before, Files.readAllBytes(file));
            assertEquals(1, journal.append(JournalFixtures.action(1), Map.of()).sequence());
        }
    }

    @Test
    void creatingOverAnExistingFileIsRefusedAndTheFileKept() throws IOException {
        Path file = dir.resolve("s.journal");
        Files.writeString(file, "someone else's session");
        JournalException e = assertThrows(JournalException.class,
                () -> SessionJournal.create(file, JournalFixtures.header()));
        assertEquals(Reason.EXISTS, e.reason());
        assertEquals("someone else's session", Files.readString(file));
    }

    @Test
    void creatingLeavesOnlyTheJournalInTheFolder() throws IOException {
        SessionJournal.create(dir.resolve("s.journal"), JournalFixtures.header()).close();
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("s.journal")), files.toList());
        }
    }

    @Test
    void aJournalOpenForWritingCannotBeOpenedAgain() throws IOException {
        Path file = dir.resolve("s.journal");
        try (SessionJournal journal = SessionJournal.create(file, JournalFixtures.header())) {
            JournalException e = assertThrows(JournalException.class, () -> SessionJournal.resume(file));
            assertEquals(Reason.LOCKED, e.reason());
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        }
        SessionJournal.resume(file).close();
    }

    @Test
    void aClosedJournalRefusesAppends() throws IOException {
        SessionJournal journal = SessionJournal.create(dir.resolve("s.journal"), JournalFixtures.header());
        journal.close();
        assertThrows(IllegalStateException.class, () -> journal.append(JournalFixtures.action(1), Map.of()));
    }

    @Test
    void aNewerFormatVersionIsRefusedAndTheFileKept() throws IOException {
        Path file = dir.resolve("s.journal");
        byte[] newer = "rogatory-journal 2\n17 0badc0de {\"whatever\":true}\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(file, newer);
        JournalException e = assertThrows(JournalException.class, () -> SessionJournal.resume(file));
        assertEquals(Reason.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("version 2"),
                e.getMessage());
        assertArrayEquals(newer, Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotAJournalIsRefusedAndKept() throws IOException {
        Path file = dir.resolve("s.journal");
        Files.writeString(file, "{\"format\": 1}\n");
        JournalException e = assertThrows(JournalException.class, () -> SessionJournal.resume(file));
        assertEquals(Reason.NOT_A_JOURNAL, e.reason());
        assertEquals("{\"format\": 1}\n", Files.readString(file));
    }

    @Test
    void readingTheHeaderNeitherRepairsNorWaitsForAnOpenJournal() throws IOException {
        JournalFixtures.Sample sample = JournalFixtures.write(dir.resolve("s.journal"), 2);
        byte[] torn = java.util.Arrays.copyOf(sample.bytes(), sample.bytes().length - 3);
        Files.write(sample.file(), torn);
        assertEquals(JournalFixtures.header(), SessionJournal.readHeader(sample.file()));
        assertArrayEquals(torn, Files.readAllBytes(sample.file()));
        try (SessionJournal journal = SessionJournal.resume(sample.file())) {
            assertEquals(JournalFixtures.header(), SessionJournal.readHeader(sample.file()));
        }
    }
}
