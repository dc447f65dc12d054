package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.PackSource;

/**
 * Access to the committed fixtures inside the running test bundle, and small edits on copies of them, so each broken
 * document differs from a valid one in exactly one place whose line the test knows.
 */
final class Fixtures {

    private Fixtures() {
    }

    /** The bundle the fixtures are found through: the host, whose entries include this fragment's. */
    static Bundle bundle() {
        return FrameworkUtil.getBundle(Fixtures.class);
    }

    static PackSource source(String fixture) {
        return PackSource.bundle(bundle(), "fixtures/" + fixture);
    }

    static String text(String fixture, String file) throws IOException {
        try (InputStream in = source(fixture).open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Copies every file of a fixture folder into a new folder on disk. */
    static Path copy(String fixture, Path folder) throws IOException {
        Files.createDirectories(folder);
        Enumeration<URL> entries = bundle().findEntries("fixtures/" + fixture, "*.rogatory", false);
        while (entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            try (InputStream in = entry.openStream()) {
                Files.write(folder.resolve(name), in.readAllBytes());
            }
        }
        return folder;
    }

    /**
     * Replaces the one occurrence of a text in a file.
     *
     * @return the line the text was on
     */
    static int replace(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        int at = content.indexOf(text);
        assertEquals(at, content.lastIndexOf(text), "the text to replace must occur exactly once: " + text);
        if (at < 0) {
            throw new IllegalArgumentException("not found: " + text);
        }
        Files.writeString(file, content.substring(0, at) + replacement + content.substring(at + text.length()));
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The only problem of a failed load, failing the test if there are several. */
    static LoadProblem onlyProblem(LoadException exception) {
        assertEquals(1, exception.getProblems().size(), exception.getMessage());
        return exception.getProblems().get(0);
    }
}
