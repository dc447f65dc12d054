package org.rogatory.model.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.rogatory.model.internal.archive.EntryNames;
import org.rogatory.model.internal.io.PackPaths;
import org.rogatory.model.io.PackSource;

/**
 * A pack archive that has been read and checked, held in memory. Nothing is on disk yet: the pack can be loaded from
 * {@link #source()} and validated first, and only then {@link #extractTo(Path) extracted}, so a refused pack leaves
 * no trace.
 */
public final class PackArchive {

    private final Path file;
    private final ArchiveManifest manifest;
    private final Map<String, byte[]> files;

    PackArchive(Path file, ArchiveManifest manifest, Map<String, byte[]> archiveFiles) {
        this.file = file;
        this.manifest = manifest;
        Map<String, byte[]> packFiles = new TreeMap<>();
        archiveFiles.forEach((path, bytes) -> packFiles.put(path.substring(EntryNames.PACK_FOLDER.length()), bytes));
        this.files = packFiles;
    }

    /**
     * Gives the archive's manifest, for showing what is about to be installed and the digest to compare.
     *
     * @return the manifest
     */
    public ArchiveManifest manifest() {
        return manifest;
    }

    /**
     * Gives the pack's files as paths relative to the pack folder, e.g. {@code pack.rogatory} or
     * {@code l10n/case_fr.properties}.
     *
     * @return the paths, sorted
     */
    public Iterable<String> paths() {
        return files.keySet();
    }

    /**
     * Serves the pack's files from memory to the loader, so the pack is loaded and validated with every rule of the
     * loader before anything is written. Problems name the file inside the archive ({@code x.rogpack!/pack/...}).
     *
     * @return the source
     */
    public PackSource source() {
        return new PackSource() {
            @Override
            public InputStream open(String path) throws IOException {
                byte[] bytes = PackPaths.isSafe(path) ? files.get(path) : null;
                if (bytes == null) {
                    throw new NoSuchFileException(describe(path));
                }
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public String describe(String path) {
                return PackArchive.describe(file, EntryNames.PACK_FOLDER + path);
            }
        };
    }

    /**
     * Writes the pack's files into a folder, atomically: they go to a temporary folder beside the target, which is
     * then renamed into place. A pack folder that exists is replaced the same way (renamed aside, then deleted), so
     * there is never a half-written pack where the workbench looks for packs.
     *
     * @param target the pack folder to create or replace
     * @throws IOException if the files cannot be written; the target is then as it was
     */
    public void extractTo(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = Files.createDirectories(absolute.getParent());
        String name = absolute.getFileName().toString();
        Path temp = Files.createTempDirectory(parent, '.' + name + ".new-"); //$NON-NLS-1$
        try {
            for (Map.Entry<String, byte[]> entry : files.entrySet()) {
                Path file = temp.resolve(entry.getKey()).normalize();
                if (!file.startsWith(temp)) {
                    throw new IOException(describe(this.file, entry.getKey()));
                }
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue(), StandardOpenOption.CREATE_NEW);
            }
            replace(temp, absolute);
        } finally {
            deleteTree(temp);
        }
    }

    private static void replace(Path temp, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), '.' + target.getFileName().toString() + ".old-"); //$NON-NLS-1$
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Names an entry the way jar URLs do, {@code archive!/entry}, so a person sees both the file and the entry. */
    static String describe(Path archive, String entry) {
        return archive + "!/" + entry; //$NON-NLS-1$
    }
}
