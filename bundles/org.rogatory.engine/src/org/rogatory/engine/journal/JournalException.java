package org.rogatory.engine.journal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A journal that cannot be created, resumed or written, with the reason as a value so the engine can react (offer a
 * new session, name another file) and a message that names the file, the place and the fix for the person.
 */
public class JournalException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why the journal was refused. */
    public enum Reason {
        /** Creating a journal over an existing file, which would destroy a session. */
        EXISTS,
        /** The journal is already open for writing, and two writers would interleave records. */
        LOCKED,
        /** The file does not start like a journal. */
        NOT_A_JOURNAL,
        /** The journal has a format version this code does not read. */
        UNSUPPORTED_FORMAT,
        /** The header is torn or corrupt, so the session cannot be resumed; the file is left unchanged. */
        DAMAGED_HEADER,
        /** A record before the last is damaged; cutting there would drop acknowledged decisions. */
        DAMAGED_MIDDLE,
        /** The file is larger than any journal can be. */
        TOO_LARGE,
        /** An earlier append failed, so the journal's state on disk is unknown until it is resumed. */
        BROKEN
    }

    private final Reason reason;
    private final transient Path file;
    private final long offset;
    private final int recordNumber;

    /**
     * Creates the exception; {@code offset} and {@code recordNumber} are -1 when the reason has no place in the file
     * (record 0 is the header).
     */
    public JournalException(Reason reason, Path file, long offset, int recordNumber, String message,
            Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
        this.offset = offset;
        this.recordNumber = recordNumber;
    }

    /** Returns why the journal was refused, for code that reacts to it. */
    public Reason reason() {
        return reason;
    }

    /** Returns the journal file. */
    public Path file() {
        return file;
    }

    /** Returns the byte offset of the damaged or refused part, or -1. */
    public long offset() {
        return offset;
    }

    /** Returns the number of the damaged record (0 for the header), or -1. */
    public int recordNumber() {
        return recordNumber;
    }
}
