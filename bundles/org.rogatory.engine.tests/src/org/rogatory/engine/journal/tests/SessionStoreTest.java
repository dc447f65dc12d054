package org.rogatory.engine.journal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rogatory.engine.journal.JournalException;
import org.rogatory.engine.journal.JournalException.Reason;
import org.rogatory.engine.journal.JournalHeader;
import org.rogatory.engine.journal.SessionInfo;
import org.rogatory.engine.journal.SessionJournal;
import org.rogatory.engine.journal.SessionStore;

class SessionStoreTest {

    @TempDir
    Path dir;

    private SessionStore store() {
        return new SessionStore(dir.resolve("sessions"));
    }

    private static JournalHeader startedAt(String time) {
        JournalHeader header = JournalFixtures.header();
        return new JournalHeader(header.scenarioId(), header.scenarioVersion(), header.seed(), header.traineeId(),
                Instant.parse(time));
    }

    private static String idOf(SessionJournal journal) {
        String name = journal.file().getFileName().toString();
        return name.substring(0, name.length() - ".journal".length());
    }

    @Test
    void aStoreWhoseFolderDoesNotExistYetListsNoSessions() throws IOException {
        assertEquals(List.of(), store().list());
    }

    @Test
    void aCreatedSessionIsListedWithItsHeader() throws IOException {
        String id;
        try (SessionJournal journal = store().create(JournalFixtures.header())) {
            id = idOf(journal);
        }
        SessionInfo info = store().list().get(0);
        assertEquals(id, info.id());
        assertEquals(Optional.of(JournalFixtures.header()), info.header());
    }

    @Test
    void sessionsAreListedOldestFirst() throws IOException {
        store().create(startedAt("2025-03-01T10:00:00Z")).close();
        store().create(startedAt("2025-01-01T10:00:00Z")).close();
        store().create(startedAt("2025-02-01T10:00:00Z")).close();
        assertEquals(List.of("2025-01-01T10:00:00Z", "2025-02-01T10:00:00Z", "2025-03-01T10:00:00Z"),
                store().list().stream().map(s -> s.header().orElseThrow().createdAt().toString()).toList());
    }

    @Test
    void aSessionResumesByItsId() throws IOException {
        String id;
        try (SessionJournal journal = store().create(JournalFixtures.header())) {
            journal.append(JournalFixtures.action(1), Map.of());
            id = idOf(journal);
        }
        try (SessionJournal journal = store().resume(id)) {
            assertEquals(1, journal.decisions().size());
        }
    }

    @Test
    void aDeletedSessionIsGone() throws IOException {
        String id;
        try (SessionJournal journal = store().create(JournalFixtures.header())) {
            id = idOf(journal);
        }
        store().delete(id);
        assertEquals(List.of(), store().list());
        assertFalse(Files.exists(store().fileOf(id)));
    }

    @Test
    void anOpenSessionCannotBeDeleted() throws IOException {
        try (SessionJournal journal = store().create(JournalFixtures.header())) {
            JournalException e = assertThrows(JournalException.class, () -> store().delete(idOf(journal)));
            assertEquals(Reason.LOCKED, e.reason());
            assertTrue(Files.exists(journal.file()));
        }
    }

    @Test
    void aDamagedSessionIsListedWithItsProblem() throws IOException {
        Files.createDirectories(store().folder());
        Files.writeString(store().fileOf("damaged"), "rogatory-jour");
        SessionInfo info = store().list().get(0);
        assertEquals("damaged", info.id());
        assertTrue(info.header().isEmpty());
        assertTrue(info.problem().orElseThrow().contains("cannot be resumed"), info.problem().get());
    }

    @Test
    void temporaryAndForeignFilesAreNotListed() throws IOException {
        store().create(JournalFixtures.header()).close();
        Files.writeString(store().folder().resolve(".x.journal.1234.tmp"), "rogatory-journal 1\n");
        Files.writeString(store().folder().resolve("notes.txt"), "not a session");
        assertEquals(1, store().list().size());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "../outside", "a/b", ".hidden", "a\\b" })
    void anIdThatCouldNameAFileOutsideTheStoreIsRefused(String id) {
        assertThrows(IllegalArgumentException.class, () -> store().fileOf(id));
    }
}
