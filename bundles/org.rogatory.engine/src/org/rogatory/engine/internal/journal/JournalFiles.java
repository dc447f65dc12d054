package org.rogatory.engine.internal.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The file operations behind a journal, each one either complete and forced to the device or reported as failed.
 */
public final class JournalFiles {

    /** Journals are small (a decision is a few hundred bytes); anything larger is not one of ours. */
    public static final long MAX_SIZE = 256L << 20;

    /**
     * The lock is taken on one byte far beyond the end of the file, so it keeps out a second writer without blocking
     * readers on platforms whose locks are mandatory (Windows), and never covers data.
     */
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

    private JournalFiles() {
    }

    /**
     * Opens a journal for reading and writing and locks it, so that two sessions cannot append to one journal. Within
     * one Rogatory the lock always holds; between processes it is as strong as the platform's advisory locks.
     */
    public static FileChannel openLocked(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            closeAfterFailure(channel, e);
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw JournalErrors.locked(file);
        }
        return channel;
    }

    /** Reads the whole journal into memory, refusing files too large to be a journal. */
    public static byte[] readAll(FileChannel channel, Path file) throws IOException {
        long size = channel.size();
        if (size > MAX_SIZE) {
            throw JournalErrors.tooLarge(file, size, MAX_SIZE);
        }
        return read(channel, (int) size);
    }

    /** Reads as much of a journal as its header can take, without locking: listing sessions may not block them. */
    public static byte[] readHeaderBytes(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long limit = JournalFormat.maxLength() + Frames.MAX_OVERHEAD + Frames.MAX_PAYLOAD;
            return read(channel, (int) Math.min(channel.size(), limit));
        }
    }

    /** Writes all of {@code bytes} at {@code position} and forces them, with the file's size, to the device. */
    public static void writeDurably(FileChannel channel, byte[] bytes, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer, position + buffer.position());
        }
        channel.force(true);
    }

    /** Cuts the file at {@code end} and forces the new size to the device. */
    public static void cut(FileChannel channel, long end) throws IOException {
        channel.truncate(end);
        channel.force(true);
    }

    /** Tries to take back a failed append; whatever happens, the first failure stays the one reported. */
    public static void cutAfterFailure(FileChannel channel, long end, Throwable failure) {
        try {
            cut(channel, end);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Closes a channel after a failure, keeping the first failure as the one reported. */
    public static void closeAfterFailure(FileChannel channel, Throwable failure) {
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static byte[] read(FileChannel channel, int size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(size);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // read until full or at the end of the file
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }
}
