package org.rogatory.benchmarks;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code --name value} pairs the pom passes to the two entry points. A tiny parser is enough: the pom is the only
 * caller, and a wrong or missing argument should stop the run with a message rather than fall back silently.
 */
public final class Arguments {

    private final Map<String, String> values = new HashMap<>();

    private Arguments(String[] args) {
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
    }

    /** Parses {@code args}; throws {@link IllegalArgumentException} when they are not name-value pairs. */
    public static Arguments parse(String[] args) {
        return new Arguments(args);
    }

    /** A whole number, or {@code fallback} when the argument was not given. */
    public int number(String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got: " + value, e);
        }
    }

    /** A word; the argument is required. */
    public String text(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value.trim();
    }

    /** A folder or file; the argument is required. */
    public Path path(String name) {
        return Path.of(text(name)).toAbsolutePath().normalize();
    }
}
