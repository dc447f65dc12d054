package org.rogatory.engine.journal.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.engine.journal.RecordedDecision;
import org.rogatory.engine.journal.JournalException;
import org.rogatory.engine.journal.JournalException.Reason;
import org.rogatory.engine.journal.SessionJournal;
import org.rogatory.engine.journal.TailRepair;
import org.rogatory.engine.journal.TailRepair.Kind;

/** What resuming does with a journal damaged by a crash or by the disk: cut the last record, or refuse. */
class JournalDamageTest {

    private static final int RECORDS = 4;

    @TempDir
    Path dir;

    private JournalFixtures.Sample sample;
    private byte[] pristine;
    private List<RecordedDecision> earlier;

    @BeforeEach
    void writeSample() throws IOException {
        sample = JournalFixtures.write(dir.resolve("s.journal"), RECORDS);
        pristine = sample.bytes();
        earlier = sample.decisions().subList(0, RECORDS - 1);
    }

    @Test
    void journalSurvivesTruncationAtEveryByteOffsetOfItsLastRecord() throws IOException {
        long start = sample.start(RECORDS);
        for (long k = start + 1; k < pristine.length; k++) {
            Files.write(sample.file(), Arrays.copyOf(pristine, (int) k));
            assertLastRecordCut(Kind.TORN, "truncated at " + k);
        }
    }

    @Test
    void everyFlippedByteOfTheLastRecordIsReportedAsCorruptAndCut() throws IOException {
        long start = sample.start(RECORDS);
        for (long k = start; k < pristine.length - 1; k++) {
            Files.write(sample.file(), JournalFixtures.flipped(pristine, k));
            assertLastRecordCut(Kind.CORRUPT, "flipped at " + k);
        }
    }

    @Test
    void aLastRecordWhoseLineFeedNeverReachedTheDiskIsTorn() throws IOException {
        Files.write(sample.file(), JournalFixtures.flipped(pristine, pristine.length - 1));
        assertLastRecordCut(Kind.TORN, "line feed flipped");
    }

    @Test
    void zerosLeftAfterTheLastRecordByACrashAreCut() throws IOException {
        Files.write(sample.file(), Arrays.copyOf(pristine, pristine.length + 300));
        try (SessionJournal journal = SessionJournal.resume(sample.file())) {
            assertEquals(sample.decisions(), journal.decisions());
            assertEquals(Kind.TORN, journal.repair().orElseThrow().kind());
            assertEquals(RECORDS + 1, journal.repair().orElseThrow().recordNumber());
        }
        assertArrayEquals(pristine, Files.readAllBytes(sample.file()));
    }

    @Test
    void aJournalCutExactlyAtARecordBoundaryResumesWithoutAReport() throws IOException {
        Files.write(sample.file(), Arrays.copyOf(pristine, (int) sample.start(RECORDS)));
        try (SessionJournal journal = SessionJournal.resume(sample.file())) {
            assertEquals(earlier, journal.decisions());
            assertTrue(journal.repair().isEmpty());
        }
    }

    @Test
    void everyFlippedByteOfAMiddleRecordIsRefusedAndTheFileKept() throws IOException {
        for (long k = sample.start(2); k < sample.end(2); k++) {
            byte[] damaged = JournalFixtures.flipped(pristine, k);
            Files.write(sample.file(), damaged);
            JournalException e = assertThrows(JournalException.class, () -> SessionJournal.resume(sample.file()));
            assertEquals(Reason.DAMAGED_MIDDLE, e.reason(), "flipped at " + k);
            assertEquals(2, e.recordNumber());
            assertEquals(sample.start(2), e.offset());
            assertTrue(e.getMessage().contains(sample.file().toString())
                    && e.getMessage().contains("byte " + sample.start(2)), e.getMessage());
            assertArrayEquals(damaged, Files.readAllBytes(sample.file()), "flipped at " + k);
        }
    }

    @Test
    void aCorruptRecordBeforeATornOneIsRefusedNotCut() throws IOException {
        byte[] damaged = JournalFixtures.flipped(Arrays.copyOf(pristine, pristine.length - 5), sample.start(3) + 20);
        Files.write(sample.file(), damaged);
        JournalException e = assertThrows(JournalException.class, () -> SessionJournal.resume(sample.file()));
        assertEquals(Reason.DAMAGED_MIDDLE, e.reason());
        assertEquals(3, e.recordNumber());
        assertArrayEquals(damaged, Files.readAllBytes(sample.file()));
    }

    private void assertLastRecordCut(Kind kind, String where) throws IOException {
        RecordedDecision replacement;
        try (SessionJournal journal = SessionJournal.resume(sample.file())) {
            assertEquals(earlier, journal.decisions(), where);
            TailRepair repair = journal.repair().orElseThrow();
            assertEquals(kind, repair.kind(), where);
            assertEquals(RECORDS, repair.recordNumber(), where);
            assertEquals(sample.start(RECORDS), repair.offset(), where);
            assertTrue(repair.message().contains(sample.file().toString())
                    && repair.message().contains("record " + RECORDS), repair.message());
            assertEquals(sample.start(RECORDS), Files.size(sample.file()), where);
            replacement = journal.append(JournalFixtures.action(9), JournalFixtures.result(9));
            assertEquals(RECORDS, replacement.sequence(), where);
        }
        try (SessionJournal journal = SessionJournal.resume(sample.file())) {
            assertTrue(journal.repair().isEmpty(), where);
            assertEquals(RECORDS, journal.decisions().size(), where);
            assertEquals(replacement, journal.decisions().get(RECORDS - 1), where);
        }
    }
}
