package org.rogatory.engine.journal;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.rogatory.engine.internal.journal.Messages;

/**
 * One session in a {@link SessionStore}, as a session list shows it. A journal whose header cannot be read is still
 * listed, with the reason, so that no session disappears from view because of damage.
 *
 * @param id      the session's id, which names it in the store
 * @param file    the session's journal
 * @param header  the session's header, when it can be read
 * @param problem why the header cannot be read (a message a person reads), when it cannot
 */
public record SessionInfo(String id, Path file, Optional<JournalHeader> header, Optional<String> problem) {

    /** Checks that exactly one of header and problem is present. */
    public SessionInfo {
        Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        if (header.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException(Messages.Value_oneOf);
        }
    }
}
