package org.rogatory.engine.journal.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.RecordedDecision;
import org.rogatory.engine.journal.JournalHeader;
import org.rogatory.engine.journal.SessionJournal;

/** Sample sessions for the journal tests: fixed content, so offsets and bytes are the same on every run. */
final class JournalFixtures {

    /** A journal on disk with the offset where each record starts (index 0 is the header, i is decision i). */
    record Sample(Path file, List<RecordedDecision> decisions, List<Long> recordStarts) {

        byte[] bytes() throws IOException {
            return Files.readAllBytes(file);
        }

        long start(int record) {
            return recordStarts.get(record);
        }

        long end(int record) {
            return record + 1 < recordStarts.size() ? recordStarts.get(record + 1) : sizeOf(file);
        }
    }

    private JournalFixtures() {
    }

    static JournalHeader header() {
        return new JournalHeader("hague-service-basic", "1.0.0", 42L, "trainee-7",
                Instant.parse("2025-01-31T09:30:00Z"));
    }

    static RecordedAction action(int i) {
        return new RecordedAction("action-" + i, Map.of("authority", "central-" + i, "language", "fr"), 15L * i);
    }

    static Map<String, String> result(int i) {
        return Map.of("outcome", i % 2 == 0 ? "accepted" : "refused", "points", Integer.toString(i));
    }

    /** Writes a journal with {@code count} decisions and closes it. */
    static Sample write(Path file, int count) throws IOException {
        List<RecordedDecision> decisions = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        starts.add(Long.valueOf(0));
        try (SessionJournal journal = SessionJournal.create(file, header())) {
            for (int i = 1; i <= count; i++) {
                starts.add(Long.valueOf(Files.size(file)));
                decisions.add(journal.append(action(i), result(i)));
            }
        }
        return new Sample(file, List.copyOf(decisions), List.copyOf(starts));
    }

    /** Returns the bytes with bit 0 of the byte at {@code offset} flipped, as a failing disk might. */
    static byte[] flipped(byte[] bytes, long offset) {
        byte[] copy = bytes.clone();
        copy[(int) offset] ^= 1;
        return copy;
    }

    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
