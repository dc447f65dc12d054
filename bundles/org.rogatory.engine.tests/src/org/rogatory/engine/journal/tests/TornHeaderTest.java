package org.rogatory.engine.journal.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.engine.journal.JournalException;
import org.rogatory.engine.journal.JournalException.Reason;
import org.rogatory.engine.journal.SessionJournal;

/** A journal whose header is damaged cannot be resumed; it is refused clearly and kept for inspection. */
class TornHeaderTest {

    @TempDir
    Path dir;

    @Test
    void aHeaderTornAtEveryOffsetIsRefusedAndTheFileKept() throws IOException {
        JournalFixtures.Sample sample = JournalFixtures.write(dir.resolve("s.journal"), 0);
        byte[] pristine = sample.bytes();
        for (int k = 0; k < pristine.length; k++) {
            byte[] torn = Arrays.copyOf(pristine, k);
            Files.write(sample.file(), torn);
            JournalException e = assertThrows(JournalException.class, () -> SessionJournal.resume(sample.file()));
            assertEquals(Reason.DAMAGED_HEADER, e.reason(), "torn at " + k);
            assertEquals(0, e.recordNumber());
            assertTrue(e.getMessage().contains(sample.file().toString()) && e.getMessage().contains("cannot be resumed")
                    && e.getMessage().contains("ends at byte " + k), e.getMessage());
            assertArrayEquals(torn, Files.readAllBytes(sample.file()), "torn at " + k);
        }
    }

    @Test
    void aCorruptHeaderIsRefusedEvenWithDecisionsAfterIt() throws IOException {
        JournalFixtures.Sample sample = JournalFixtures.write(dir.resolve("s.journal"), 2);
        byte[] damaged = JournalFixtures.flipped(sample.bytes(), sample.start(1) - 10);
        Files.write(sample.file(), damaged);
        JournalException e = assertThrows(JournalException.class, () -> SessionJournal.resume(sample.file()));
        assertEquals(Reason.DAMAGED_HEADER, e.reason());
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(sample.file()));
    }
}
