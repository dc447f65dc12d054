package org.rogatory.engine.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.internal.session.AppendLog;

/** The append-only log behind a session's decisions and timeline, whose snapshots are shared instead of copied. */
class AppendLogTest {

    @Test
    void aSnapshotKeepsWhatItSawWhileTheLogGrows() {
        AppendLog<String> log = new AppendLog<>();
        log.add("a");
        log.add("b");
        List<String> before = log.snapshot();
        for (int i = 0; i < 100; i++) {
            log.add("x" + i);
        }
        assertEquals(List.of("a", "b"), before);
        assertEquals(102, log.snapshot().size());
        assertEquals("x99", log.snapshot().get(101));
    }

    @Test
    void aSnapshotCannotBeChanged() {
        AppendLog<String> log = new AppendLog<>();
        log.add("a");
        List<String> snapshot = log.snapshot();
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add("b"));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.set(0, "b"));
        assertThrows(IndexOutOfBoundsException.class, () -> snapshot.get(1));
    }

    @Test
    void freezingASnapshotSharesItButCopiesAnyOtherList() {
        AppendLog<String> log = new AppendLog<>();
        log.add("a");
        List<String> snapshot = log.snapshot();
        assertSame(snapshot, AppendLog.freeze(snapshot));
        List<String> mutable = new ArrayList<>(List.of("a"));
        List<String> frozen = AppendLog.freeze(mutable);
        mutable.add("b");
        assertEquals(List.of("a"), frozen);
    }

    @Test
    void nullIsRefused() {
        assertThrows(NullPointerException.class, () -> new AppendLog<String>().add(null));
    }
}
