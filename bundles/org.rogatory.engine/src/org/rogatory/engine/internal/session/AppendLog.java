package org.rogatory.engine.internal.session;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list that only grows at its end, such as a session's decisions and timeline. Because nothing it already holds ever
 * changes, a snapshot of it is just its length: {@link #snapshot()} shares the elements instead of copying them, so a
 * session can hand out a view after every step without its cost growing with the length of the session.
 *
 * @param <T> the element type
 */
public final class AppendLog<T> {

    private Object[] elements = new Object[16];
    private int size;

    /** Appends an element; null is refused, as in the immutable lists a snapshot used to copy into. */
    public void add(T element) {
        Objects.requireNonNull(element);
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, size * 2);
        }
        elements[size++] = element;
    }

    /** How many elements were appended. */
    public int size() {
        return size;
    }

    /** The elements appended so far, as an immutable list that later appends do not change. */
    public List<T> snapshot() {
        return new Prefix<>(elements, size);
    }

    /**
     * Returns {@code list} itself when it is a snapshot of an append log, which can never change, else an immutable
     * copy; for records that must not share a caller's mutable list.
     *
     * @param <T> the element type
     * @param list the list
     * @return an immutable list with the same elements
     */
    public static <T> List<T> freeze(List<T> list) {
        return list instanceof Prefix<T> ? list : List.copyOf(list);
    }

    /** The first {@code size} elements of an array whose first {@code size} slots are never written again. */
    private static final class Prefix<T> extends AbstractList<T> implements RandomAccess {

        private final Object[] elements;
        private final int size;

        Prefix(Object[] elements, int size) {
            this.elements = elements;
            this.size = size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            Objects.checkIndex(index, size);
            return (T) elements[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
