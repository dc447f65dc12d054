package org.rogatory.engine.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.internal.journal.AtomicFiles;
import org.rogatory.engine.internal.journal.JournalCodec;
import org.rogatory.engine.internal.journal.JournalErrors;
import org.rogatory.engine.internal.journal.JournalFiles;
import org.rogatory.engine.internal.journal.JournalScanner;
import org.rogatory.engine.internal.journal.JournalScanner.Scan;
import org.rogatory.engine.internal.journal.Messages;

/**
 * The append-only journal of one training session. Each decision is on the device before {@link #append} returns,
 * so the engine shows a result only once it is safe: a crash loses nothing the trainee saw, and
 * {@link #resume(Path)} continues the session from the file. The journal is locked while open, so two sessions never
 * write one file.
 */
public final class SessionJournal implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final JournalHeader header;
    private final List<RecordedDecision> decisions;
    private final TailRepair repair;
    private long end;
    private IOException failure;
    private boolean closed;

    private SessionJournal(Path file, FileChannel channel, Scan scan) {
        this.file = file;
        this.channel = channel;
        this.header = scan.header();
        this.decisions = new ArrayList<>(scan.decisions());
        this.repair = scan.repair();
        this.end = scan.validEnd();
    }

    /** Starts the journal of a new session. The file appears complete (header forced) or not at all. */
    public static SessionJournal create(Path file, JournalHeader header) throws IOException {
        byte[] bytes = JournalCodec.encodeHeader(Objects.requireNonNull(header, "header")); //$NON-NLS-1$
        try {
            AtomicFiles.createNew(file, bytes);
        } catch (FileAlreadyExistsException e) {
            throw JournalErrors.exists(file, e);
        }
        return new SessionJournal(file, JournalFiles.openLocked(file), new Scan(header, List.of(), bytes.length, null));
    }

    /**
     * Reopens a session's journal after a stop or a crash. A damaged last record is cut (forced), logged and reported
     * by {@link #repair()}; a journal that cannot be resumed without losing acknowledged decisions is refused with a
     * {@link JournalException} and left unchanged.
     */
    public static SessionJournal resume(Path file) throws IOException {
        FileChannel channel = JournalFiles.openLocked(file);
        try {
            Scan scan = JournalScanner.scan(file, JournalFiles.readAll(channel, file));
            if (scan.repair() != null) {
                JournalFiles.cut(channel, scan.validEnd());
                ILog.of(SessionJournal.class).warn(scan.repair().message());
            }
            return new SessionJournal(file, channel, scan);
        } catch (IOException | RuntimeException e) {
            JournalFiles.closeAfterFailure(channel, e);
            throw e;
        }
    }

    /** Reads a journal's header without opening, locking or repairing it, so sessions can be listed while in use. */
    public static JournalHeader readHeader(Path file) throws IOException {
        return JournalScanner.header(file, JournalFiles.readHeaderBytes(file));
    }

    /**
     * Journals the next decision and returns it once it is on the device; only then may the trainee see its result.
     * If writing fails, the journal refuses further appends: resume it from the file to continue.
     */
    public synchronized RecordedDecision append(RecordedAction action, Map<String, String> result) throws IOException {
        if (closed) {
            throw new IllegalStateException(NLS.bind(Messages.Journal_closed, file));
        }
        RecordedDecision decision = new RecordedDecision(decisions.size() + 1, action, result);
        if (failure != null) {
            throw JournalErrors.broken(file, decision.sequence(), failure);
        }
        byte[] record = JournalCodec.encodeDecision(decision);
        try {
            JournalFiles.writeDurably(channel, record, end);
        } catch (IOException e) {
            failure = e;
            JournalFiles.cutAfterFailure(channel, end, e);
            throw JournalErrors.broken(file, decision.sequence(), e);
        }
        end += record.length;
        decisions.add(decision);
        return decision;
    }

    /** Returns the journal file, so the engine can name it to the person. */
    public Path file() {
        return file;
    }

    /** Returns the session's header, which with the decisions determines the session. */
    public JournalHeader header() {
        return header;
    }

    /** Returns the journalled decisions in order, to rebuild the session on resume. */
    public synchronized List<RecordedDecision> decisions() {
        return List.copyOf(decisions);
    }

    /** Returns the damaged last record that resuming cut, so the engine can tell the person; empty if none. */
    public Optional<TailRepair> repair() {
        return Optional.ofNullable(repair);
    }

    /** Exports the session so far, for replay and grading. */
    public synchronized Transcript toTranscript() {
        return Transcript.of(header, decisions);
    }

    /** Closes the file and releases the lock; the decisions are already on the device. */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        channel.close();
    }
}
