package org.rogatory.model.internal.io;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * Remembers where in its file each object and each cross-file reference was read. EMF forgets positions once parsing
 * ends, but a dangling {@code href} is only discovered later, when proxies are resolved, and the author still needs its
 * line.
 * <p>
 * Positions are written for every object of a file and read only for the few references that turn out to dangle, so
 * they are kept in plain arrays in the order they were read: recording is an append, and the first look-up builds
 * an index. Once a
 * load has reported its problems they are {@linkplain #clear() dropped}.
 */
public final class SourcePositions {

    /**
     * One recorded position.
     *
     * @param line the line, from 1
     * @param column the column, from 1
     * @param literal the reference as written in the file, for proxies; {@code null} for objects
     */
    public record Position(int line, int column, String literal) {
    }

    private EObject[] objects = new EObject[0];
    private int[] lines = new int[0];
    private int[] columns = new int[0];
    private String[] literals = new String[0];
    private int size;
    private Map<EObject, Integer> index;

    /**
     * Records where an object or proxy was read; the first position recorded for an object is the one kept.
     *
     * @param object the object or proxy
     * @param position where it was read
     */
    public void record(EObject object, Position position) {
        record(object, position.line(), position.column(), position.literal());
    }

    /**
     * Records where an object or proxy was read, without making a {@link Position} for it.
     *
     * @param object the object or proxy
     * @param line the line, from 1
     * @param column the column, from 1
     * @param literal the reference as written, for proxies; {@code null} for objects
     */
    public void record(EObject object, int line, int column, String literal) {
        if (size == objects.length) {
            int capacity = Math.max(64, size * 2);
            objects = Arrays.copyOf(objects, capacity);
            lines = Arrays.copyOf(lines, capacity);
            columns = Arrays.copyOf(columns, capacity);
            literals = Arrays.copyOf(literals, capacity);
        }
        objects[size] = object;
        lines[size] = line;
        columns[size] = column;
        literals[size] = literal;
        size++;
        index = null;
    }

    /**
     * Looks up where an object or proxy was read.
     *
     * @param object the object or proxy
     * @return its first recorded position, or empty if it was not read from this file (or positions were dropped)
     */
    public Optional<Position> of(EObject object) {
        if (index == null) {
            // Built on the first look-up only: a load with problems may ask for many positions.
            index = new IdentityHashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                index.putIfAbsent(objects[i], i);
            }
        }
        Integer i = index.get(object);
        return i == null ? Optional.empty() : Optional.of(new Position(lines[i], columns[i], literals[i]));
    }

    /** How many positions are held, for tests. */
    public int size() {
        return size;
    }

    /**
     * Forgets every position. A load reports its problems once every reference is resolved; after that nothing asks
     * for positions, and keeping them would keep a record per object, and every resolved proxy, for as long as the
     * pack is open.
     */
    public void clear() {
        objects = new EObject[0];
        lines = new int[0];
        columns = new int[0];
        literals = new String[0];
        size = 0;
        index = null;
    }
}
