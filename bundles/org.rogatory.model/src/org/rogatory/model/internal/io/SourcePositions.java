package org.rogatory.model.internal.io;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * Remembers where in its file each object and each cross-file reference was read. EMF forgets positions once parsing
 * ends, but a dangling {@code href} is only discovered later, when proxies are resolved, and the author still needs its
 * line.
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

    private final Map<EObject, Position> positions = new IdentityHashMap<>();

    /**
     * Records where an object or proxy was read.
     *
     * @param object the object or proxy
     * @param position where it was read
     */
    public void record(EObject object, Position position) {
        positions.putIfAbsent(object, position);
    }

    /**
     * Looks up where an object or proxy was read.
     *
     * @param object the object or proxy
     * @return its position, or empty if it was not read from this file
     */
    public Optional<Position> of(EObject object) {
        return Optional.ofNullable(positions.get(object));
    }
}
