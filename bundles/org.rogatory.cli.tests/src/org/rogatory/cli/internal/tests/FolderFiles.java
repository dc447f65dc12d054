package org.rogatory.cli.internal.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The files under a folder, for tests that compare what a command wrote byte for byte. */
final class FolderFiles {

    private FolderFiles() {
    }

    /**
     * Reads every file under a folder, leaving out build output.
     *
     * @param folder the folder
     * @return each file's bytes by its path relative to the folder, with '/' between names, sorted
     * @throws IOException if a file cannot be read
     */
    static Map<String, byte[]> of(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                if (!path.contains("target/")) {
                    files.put(path, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
