package org.rogatory.engine.internal.journal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

/**
 * Checks shared by the journal's value types. They run when a value is made, so that a value the engine holds can
 * always be written to disk and read back unchanged.
 */
public final class Values {

    private Values() {
    }

    /** Returns {@code value} when it is non-empty text: an empty id would make a journal that replays nothing. */
    public static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(NLS.bind(Messages.Value_blank, name));
        }
        return value;
    }

    /** Returns {@code value} when it is zero or more: simulated time and counts never run backwards from zero. */
    public static long notNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(NLS.bind(Messages.Value_negative, name, Long.valueOf(value)));
        }
        return value;
    }

    /**
     * Returns an unmodifiable copy sorted by name, so that maps with equal entries serialise to equal bytes whatever
     * order the caller put them in.
     */
    public static Map<String, String> sortedCopy(Map<String, String> map, String name) {
        Objects.requireNonNull(map, name);
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                throw new IllegalArgumentException(NLS.bind(Messages.Value_nullEntry, name));
            }
            copy.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Encodes text as UTF-8 and refuses what UTF-8 cannot hold (unpaired surrogates), which the JDK would otherwise
     * replace silently: a journal must read back exactly what it was given.
     */
    public static byte[] utf8(String text) {
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(Messages.Value_notUtf8, e);
        }
    }
}
