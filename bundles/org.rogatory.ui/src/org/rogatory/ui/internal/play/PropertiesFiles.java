package org.rogatory.ui.internal.play;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.rogatory.ui.internal.AtomicFile;

/**
 * The small properties files the case service keeps beside the journals (progress, validated packs): read leniently,
 * since losing them costs time only, and replaced atomically, so a crash leaves the old or the new version.
 */
final class PropertiesFiles {

    private PropertiesFiles() {
    }

    /** Reads {@code file} as UTF-8; a missing or damaged file gives empty properties. */
    static Properties read(Path file) {
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            values.clear();
        }
        return values;
    }

    /** Replaces {@code file} with {@code values}, creating its folder if needed. */
    static void write(Path file, Properties values) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        StringWriter text = new StringWriter();
        values.store(text, null);
        AtomicFile.write(file, text.toString());
    }
}
