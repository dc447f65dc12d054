package org.rogatory.engine.internal.journal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.journal.JournalException;
import org.rogatory.engine.journal.JournalException.Reason;

/**
 * Builds the journal's refusals in one place, so that every one names the file, the place (record and byte offset)
 * and what the person should do.
 */
public final class JournalErrors {

    private JournalErrors() {
    }

    /** Refuses to create a journal over an existing file, which holds another session. */
    public static JournalException exists(Path file, Throwable cause) {
        return new JournalException(Reason.EXISTS, file, -1, -1, NLS.bind(Messages.Journal_exists, file), cause);
    }

    static JournalException locked(Path file) {
        return new JournalException(Reason.LOCKED, file, -1, -1, NLS.bind(Messages.Journal_locked, file), null);
    }

    static JournalException notAJournal(Path file) {
        return new JournalException(Reason.NOT_A_JOURNAL, file, 0, 0, NLS.bind(Messages.Journal_notAJournal, file),
                null);
    }

    static JournalException unsupportedFormat(Path file, String version) {
        String message = NLS.bind(Messages.Journal_unsupportedFormat,
                new Object[] { file, version, Integer.valueOf(JournalFormat.VERSION) });
        return new JournalException(Reason.UNSUPPORTED_FORMAT, file, 0, 0, message, null);
    }

    static JournalException damagedHeader(Path file, int offset, int size, boolean torn) {
        String message = torn
                ? NLS.bind(Messages.Journal_tornHeader, new Object[] { file, Integer.valueOf(offset), Integer.valueOf(size) })
                : NLS.bind(Messages.Journal_corruptHeader, file, Integer.valueOf(offset));
        return new JournalException(Reason.DAMAGED_HEADER, file, offset, 0, message, null);
    }

    static JournalException damagedMiddle(Path file, int recordNumber, int offset, int following) {
        String message = NLS.bind(Messages.Journal_damagedMiddle, new Object[] { file, Integer.valueOf(recordNumber),
                Integer.valueOf(offset), Integer.valueOf(following) });
        return new JournalException(Reason.DAMAGED_MIDDLE, file, offset, recordNumber, message, null);
    }

    static JournalException tooLarge(Path file, long size, long limit) {
        String message = NLS.bind(Messages.Journal_tooLarge,
                new Object[] { file, Long.valueOf(size), Long.valueOf(limit) });
        return new JournalException(Reason.TOO_LARGE, file, -1, -1, message, null);
    }

    /** Reports a failed append, after which the journal refuses to write until it is resumed from disk. */
    public static JournalException broken(Path file, int sequence, IOException cause) {
        String message = NLS.bind(Messages.Journal_broken,
                new Object[] { file, Integer.valueOf(sequence), cause.getMessage() });
        return new JournalException(Reason.BROKEN, file, -1, sequence, message, cause);
    }
}
