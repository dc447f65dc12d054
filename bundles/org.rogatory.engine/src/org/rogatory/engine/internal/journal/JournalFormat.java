package org.rogatory.engine.internal.journal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.rogatory.engine.journal.JournalException;

/**
 * The first line of every journal, {@code rogatory-journal <version>}. It names the file type and the format version
 * before any record is read, so a journal from a newer Rogatory is refused by its version even if its framing changed.
 */
public final class JournalFormat {

    /** The one journal format this code writes and reads. */
    public static final int VERSION = 1;

    private static final String PREFIX = "rogatory-journal "; //$NON-NLS-1$
    private static final String DIGITS = "[0-9]*"; //$NON-NLS-1$
    private static final int MAX_LINE = 32;

    private JournalFormat() {
    }

    /** Returns the first line this code writes. */
    public static byte[] firstLine() {
        return (PREFIX + VERSION + '\n').getBytes(StandardCharsets.US_ASCII);
    }

    /** Returns how many bytes the first line of a journal may take at most. */
    public static int maxLength() {
        return MAX_LINE;
    }

    /**
     * Checks the first line and returns the offset just after it. Refuses a file that is not a journal, a journal of
     * another format version, and a first line cut short (a journal whose creation never completed).
     */
    public static int check(Path file, byte[] data) throws JournalException {
        int lineFeed = Frames.nextLineFeed(data, 0);
        int lineEnd = lineFeed < 0 || lineFeed > MAX_LINE ? Math.min(data.length, MAX_LINE) : lineFeed;
        String line = new String(data, 0, lineEnd, StandardCharsets.US_ASCII);
        if (lineFeed < 0 && data.length < MAX_LINE && isStart(line)) {
            throw JournalErrors.damagedHeader(file, 0, data.length, true);
        }
        if (lineFeed < 0 || lineFeed > MAX_LINE || !line.startsWith(PREFIX) || line.length() == PREFIX.length()
                || !line.substring(PREFIX.length()).matches(DIGITS) || line.length() > PREFIX.length() + 9) {
            throw JournalErrors.notAJournal(file);
        }
        String version = line.substring(PREFIX.length());
        if (Integer.parseInt(version) != VERSION) {
            throw JournalErrors.unsupportedFormat(file, version);
        }
        return lineFeed + 1;
    }

    private static boolean isStart(String line) {
        return PREFIX.startsWith(line) || line.startsWith(PREFIX) && line.substring(PREFIX.length()).matches(DIGITS);
    }
}
