package org.rogatory.engine.journal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.engine.journal.SessionJournal;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptFiles;

class TranscriptExportTest {

    @TempDir
    Path dir;

    @Test
    void aJournalExportsItsScenarioSeedAndActionsInOrder() throws IOException {
        JournalFixtures.Sample sample = JournalFixtures.write(dir.resolve("s.journal"), 3);
        try (SessionJournal journal = SessionJournal.resume(sample.file())) {
            Transcript transcript = journal.toTranscript();
            assertEquals("hague-service-basic", transcript.scenarioId());
            assertEquals("1.0.0", transcript.scenarioVersion());
            assertEquals(42L, transcript.seed());
            assertEquals(List.of(JournalFixtures.action(1), JournalFixtures.action(2), JournalFixtures.action(3)),
                    transcript.actions());
        }
    }

    @Test
    void anExportedTranscriptReadsBackEqual() throws IOException {
        JournalFixtures.Sample sample = JournalFixtures.write(dir.resolve("s.journal"), 3);
        Transcript exported;
        try (SessionJournal journal = SessionJournal.resume(sample.file())) {
            exported = journal.toTranscript();
        }
        Path file = dir.resolve("s.transcript.json");
        TranscriptFiles.write(exported, file);
        assertEquals(exported, TranscriptFiles.read(file));
    }
}
