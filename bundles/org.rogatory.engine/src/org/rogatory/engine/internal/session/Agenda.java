package org.rogatory.engine.internal.session;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.TreeSet;

import org.rogatory.model.scenario.Action;

/**
 * What the clock will do and when. Entries at the same minute run in the order they were scheduled, so a session is
 * the same every time it is replayed.
 */
final class Agenda {

    /** What an entry does when its minute comes. */
    enum Kind {
        CONSEQUENCE, FOLLOW_UP_ARRIVES, PRESERVATION_ENDS, DELETION, TIMED_EVENT
    }

    /** One scheduled thing; {@code subject} is the model element it concerns, {@code origin} the action behind it. */
    record Entry(int time, long sequence, Kind kind, Object subject, Object origin) {
    }

    /** Earlier minute first; at the same minute, the order of scheduling. */
    private static final Comparator<Entry> ORDER = (x, y) -> x.time() != y.time()
            ? Integer.compare(x.time(), y.time())
            : Long.compare(x.sequence(), y.sequence());

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(ORDER);
    /**
     * The entries of {@link #responses()}, kept in order as they are scheduled and run, so a snapshot (one per
     * decision) need not go through and sort the whole agenda. Sequences are unique, so no two entries are equal here.
     */
    private final TreeSet<Entry> responses = new TreeSet<>(ORDER);
    private long nextSequence;

    void schedule(int time, Kind kind, Object subject, Object origin) {
        Entry entry = new Entry(time, nextSequence++, kind, subject, origin);
        queue.add(entry);
        if (isResponse(entry)) {
            responses.add(entry);
        }
    }

    /** Returns and removes the next entry due at or before {@code limit}, or null when there is none. */
    Entry pollDue(int limit) {
        Entry next = queue.peek();
        if (next == null || next.time() > limit) {
            return null;
        }
        queue.poll();
        if (isResponse(next)) {
            responses.remove(next);
        }
        return next;
    }

    /** The consequences of the trainee's actions still to come, in the order they will happen. */
    Collection<Entry> responses() {
        return Collections.unmodifiableCollection(responses);
    }

    private static boolean isResponse(Entry entry) {
        return entry.kind() == Kind.CONSEQUENCE && entry.origin() instanceof Action;
    }
}
