package org.rogatory.engine.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rogatory.engine.internal.session.AppendLog;
import org.rogatory.model.scenario.AssetStatus;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Scenario;

/**
 * A snapshot of a session that views, the evaluator and the debrief read. It never changes after it was taken: the
 * session hands out a new one after every step, so a view can be shown while the engine moves on.
 */
public record SessionView(Scenario scenario, int now, int timeBudget, List<EvidenceView> evidence,
        List<AssetView> assets, List<String> flags, List<String> openDecisionPoints, List<String> availableActions,
        List<String> takenActions, List<Pending> pending, Map<String, Integer> scores, List<Decision> decisions,
        List<SessionEvent> timeline, Optional<EndReason> ended) {

    /**
     * Copies every collection, so the snapshot stays as it was taken. The session's own logs of taken actions,
     * decisions and events only ever grow at the end, so what it passes for them is shared, not copied.
     */
    public SessionView {
        evidence = List.copyOf(evidence);
        assets = List.copyOf(assets);
        flags = List.copyOf(flags);
        openDecisionPoints = List.copyOf(openDecisionPoints);
        availableActions = List.copyOf(availableActions);
        takenActions = AppendLog.freeze(takenActions);
        pending = List.copyOf(pending);
        scores = Map.copyOf(scores);
        decisions = AppendLog.freeze(decisions);
        timeline = AppendLog.freeze(timeline);
    }

    /** Returns the status of the data item with this id, so rules can ask "is it still there?" by id. */
    public Optional<EvidenceView> evidence(String id) {
        return evidence.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * A data item as the trainee knows it: its status and the next deadline that threatens it, the minute it will be
     * deleted or the minute its preservation ends ({@code deadline} is -1 when nothing threatens it).
     */
    public record EvidenceView(String id, EvidenceStatus status, int deadline, Deadline deadlineKind,
            boolean known) {
    }

    /** What the next deadline of a data item means. */
    public enum Deadline {
        /** Nothing threatens the item. */
        NONE,
        /** Its holder deletes it at the deadline. */
        DELETION,
        /** Its preservation ends at the deadline unless the follow-up request arrives. */
        PRESERVATION_ENDS
    }

    /** An asset and its status. */
    public record AssetView(String id, AssetStatus status, boolean known) {
    }

    /** Something already set in motion, due at a minute: typically a response to a request the trainee sent. */
    public record Pending(int due, String actionId, String description) {
    }
}
