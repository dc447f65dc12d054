package org.rogatory.editor.internal.tests;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** The built-in pack's sources copied to a folder, as an author edits them, and a way to read a folder's files. */
final class EssentialsCopy {

    private EssentialsCopy() {
    }

    static Path into(Path folder) throws Exception {
        Bundle bundle = Platform.getBundle("org.rogatory.pack.essentials");
        Files.createDirectories(folder);
        Enumeration<URL> files = bundle.findEntries("pack", "*.rogatory", false);
        while (files.hasMoreElements()) {
            URL url = files.nextElement();
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                Files.copy(in, folder.resolve(name));
            }
        }
        return folder;
    }

    /** Every file under {@code folder}, by relative path with '/', with its bytes as text of hex for messages. */
    static Map<String, String> files(Path folder) throws Exception {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                result.put(relative, java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return result;
    }
}
