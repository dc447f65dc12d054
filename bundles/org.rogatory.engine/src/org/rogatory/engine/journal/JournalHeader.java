package org.rogatory.engine.journal;

import java.time.Instant;
import java.util.Objects;

import org.rogatory.engine.internal.journal.Values;

/**
 * What a session is, written once at the start of its journal: with the decisions that follow it, the scenario (id
 * and version) and the seed determine the whole session, so resuming or replaying needs nothing else.
 *
 * @param scenarioId      the scenario's id; never blank
 * @param scenarioVersion the scenario's version, so a session is replayed against the scenario it was played on
 * @param seed            the seed of the session's random choices
 * @param traineeId       who took the session, for the session list and grading; never blank
 * @param createdAt       when the session was created (wall-clock time), for the session list
 */
public record JournalHeader(String scenarioId, String scenarioVersion, long seed, String traineeId,
        Instant createdAt) {

    /** Checks the components, so that a header the engine holds can always be written and read back. */
    public JournalHeader {
        Values.text(scenarioId, "scenarioId"); //$NON-NLS-1$
        Values.text(scenarioVersion, "scenarioVersion"); //$NON-NLS-1$
        Values.text(traineeId, "traineeId"); //$NON-NLS-1$
        Objects.requireNonNull(createdAt, "createdAt"); //$NON-NLS-1$
    }
}
