package org.rogatory.engine.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.internal.journal.AtomicFiles;
import org.rogatory.engine.internal.journal.JournalFiles;
import org.rogatory.engine.internal.journal.Messages;

/**
 * The journals of one folder, one file per session named by its id. The UI lists, resumes and deletes sessions here
 * without knowing file names or formats; every change is a single atomic step on disk.
 */
public final class SessionStore {

    private static final String SUFFIX = ".journal"; //$NON-NLS-1$
    private static final String ID = "[A-Za-z0-9_-][A-Za-z0-9._-]*"; //$NON-NLS-1$

    private final Path folder;

    /** Keeps sessions in {@code folder}, which is created with the first session. */
    public SessionStore(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
    }

    /** Returns the folder, so the person can be told where sessions live. */
    public Path folder() {
        return folder;
    }

    /** Starts a new session under a fresh random id, which no other session can have taken. */
    public SessionJournal create(JournalHeader header) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            AtomicFiles.forceDirectory(folder.toAbsolutePath().getParent());
        }
        return SessionJournal.create(fileOf(UUID.randomUUID().toString()), header);
    }

    /** Resumes a session; see {@link SessionJournal#resume(Path)} for what is repaired and what is refused. */
    public SessionJournal resume(String id) throws IOException {
        return SessionJournal.resume(fileOf(id));
    }

    /**
     * Lists the sessions, oldest first (unreadable ones last), without opening or repairing any, so listing is safe
     * while a session runs.
     */
    public List<SessionInfo> list() throws IOException {
        List<SessionInfo> sessions = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return sessions;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(SessionStore::isJournal).toList()) {
                sessions.add(describe(file));
            }
        }
        sessions.sort(Comparator
                .comparing((SessionInfo s) -> s.header().map(JournalHeader::createdAt).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SessionInfo::id));
        return sessions;
    }

    /** Deletes a session's journal; refuses while the session is open, so a running session never loses its file. */
    public void delete(String id) throws IOException {
        Path file = fileOf(id);
        try (FileChannel locked = JournalFiles.openLocked(file)) {
            Files.delete(file);
        }
        AtomicFiles.forceDirectory(folder);
    }

    /** Returns the journal file of a session id, refusing ids that could name a file outside the folder. */
    public Path fileOf(String id) {
        if (id == null || !id.matches(ID)) {
            throw new IllegalArgumentException(NLS.bind(Messages.Store_badId, id));
        }
        return folder.resolve(id + SUFFIX);
    }

    private static boolean isJournal(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) && name.length() > SUFFIX.length() && !AtomicFiles.isTemporary(file)
                && name.substring(0, name.length() - SUFFIX.length()).matches(ID) && Files.isRegularFile(file);
    }

    private static SessionInfo describe(Path file) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - SUFFIX.length());
        try {
            return new SessionInfo(id, file, Optional.of(SessionJournal.readHeader(file)), Optional.empty());
        } catch (IOException e) {
            return new SessionInfo(id, file, Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
        }
    }
}
