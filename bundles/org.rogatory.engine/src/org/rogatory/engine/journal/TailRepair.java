package org.rogatory.engine.journal;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.internal.journal.Messages;

/**
 * The report of a damaged last record that resuming cut from a journal. It exists so that the cut is never silent: the
 * engine can show it, and it says exactly which record went and where.
 *
 * @param file         the journal
 * @param recordNumber the sequence number the cut decision record had (or would have had)
 * @param offset       the byte offset where that record started, which is now the end of the file
 * @param bytesCut     how many bytes were cut
 * @param kind         whether the record was torn by a crash or corrupt
 */
public record TailRepair(Path file, int recordNumber, long offset, long bytesCut, Kind kind) {

    /** Why the last record was cut: the two cases call for different words to the person. */
    public enum Kind {
        /** The file ends inside the record: the program stopped while writing it, before it was acknowledged. */
        TORN,
        /** The record is complete but its checksum or content does not match: it was damaged after being written. */
        CORRUPT
    }

    /** Checks the components. */
    public TailRepair {
        Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
    }

    /** Returns the report as a person reads it: the file, the record, the offset, what was cut and what follows. */
    public String message() {
        return NLS.bind(kind == Kind.TORN ? Messages.Repair_torn : Messages.Repair_corrupt, new Object[] { file,
                Integer.valueOf(recordNumber), Long.valueOf(offset), Long.valueOf(bytesCut),
                Integer.valueOf(recordNumber - 1) });
    }
}
