package org.rogatory.engine.internal.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

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

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(
            Comparator.comparingInt(Entry::time).thenComparingLong(Entry::sequence));
    private long nextSequence;

    void schedule(int time, Kind kind, Object subject, Object origin) {
        queue.add(new Entry(time, nextSequence++, kind, subject, origin));
    }

    /** Returns and removes the next entry due at or before {@code limit}, or null when there is none. */
    Entry pollDue(int limit) {
        Entry next = queue.peek();
        return next != null && next.time() <= limit ? queue.poll() : null;
    }

    /** The consequences of the trainee's actions still to come, in the order they will happen. */
    List<Entry> responses() {
        List<Entry> responses = new ArrayList<>();
        for (Entry entry : queue) {
            if (entry.kind() == Kind.CONSEQUENCE && entry.origin() instanceof Action) {
                responses.add(entry);
            }
        }
        responses.sort(queue.comparator());
        return responses;
    }
}
