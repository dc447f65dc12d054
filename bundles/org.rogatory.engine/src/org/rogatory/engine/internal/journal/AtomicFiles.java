package org.rogatory.engine.internal.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Publishes a file whole or not at all: the content is written to a hidden temporary file beside the target, forced to
 * the device, renamed over the target in one atomic step, and the rename is forced too where the platform allows. A
 * crash therefore leaves either the old state or the new one, never a half-written file under the target's name.
 */
public final class AtomicFiles {

    private static final String TEMP_SUFFIX = ".tmp"; //$NON-NLS-1$

    private AtomicFiles() {
    }

    /**
     * Publishes a file that must not exist yet. The check and the rename are two steps, so two creators racing for one
     * name are not excluded; the session store avoids that by making every name unique.
     */
    public static void createNew(Path target, byte[] content) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        publish(target, content);
    }

    /** Publishes a file, replacing any file of that name in one step. */
    public static void replace(Path target, byte[] content) throws IOException {
        publish(target, content);
    }

    /** Returns whether a file name is one of this class's temporary files, which listings must skip. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX); //$NON-NLS-1$
    }

    /**
     * Forces a directory's entries (a new, renamed or deleted file) to the device. Platforms that cannot open a
     * directory (Windows) make renames durable themselves, so there is nothing to do there.
     */
    public static void forceDirectory(Path directory) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(directory, StandardOpenOption.READ);
        } catch (IOException e) {
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }

    private static void publish(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temp = directory.resolve("." + target.getFileName() + '.' + UUID.randomUUID() + TEMP_SUFFIX); //$NON-NLS-1$
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                JournalFiles.writeDurably(channel, content, 0);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        forceDirectory(directory);
    }
}
