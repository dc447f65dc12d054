package org.rogatory.engine.internal.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rogatory.engine.internal.text.Texts;
import org.rogatory.engine.session.EndReason;
import org.rogatory.engine.session.SessionView;
import org.rogatory.engine.session.SessionView.AssetView;
import org.rogatory.engine.session.SessionView.Deadline;
import org.rogatory.engine.session.SessionView.EvidenceView;
import org.rogatory.engine.session.SessionView.Pending;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Identified;

/** Builds the immutable snapshot of a session's state. */
final class SessionViews {

    private final SessionState state;
    private final Agenda agenda;

    SessionViews(SessionState state, Agenda agenda) {
        this.state = state;
        this.agenda = agenda;
    }

    /**
     * Takes the snapshot. Its lists are made immutable here, in the form that {@link SessionView}'s own copy keeps as
     * it is ({@link List#copyOf} of a list), so a snapshot (one per decision) copies each list once, not twice.
     */
    SessionView snapshot(List<Action> available, Optional<EndReason> ended, Map<String, Integer> scores) {
        List<EvidenceView> evidence = new ArrayList<>(state.evidence.size());
        state.evidence.forEach((item, status) -> evidence.add(evidence(item, status)));
        List<AssetView> assets = new ArrayList<>(state.assets.size());
        state.assets.forEach((asset, status) -> assets.add(new AssetView(asset.getId(), status, state.isKnown(asset))));
        return new SessionView(state.scenario, state.now, state.scenario.getTimeBudget(), List.copyOf(evidence),
                List.copyOf(assets), ids(state.flags), ids(state.open), ids(available), state.takenIds.snapshot(),
                pending(), scores, state.decisions.snapshot(), state.timeline.snapshot(), ended);
    }

    private static List<String> ids(Collection<? extends Identified> elements) {
        List<String> ids = new ArrayList<>(elements.size());
        for (Identified element : elements) {
            ids.add(element.getId());
        }
        return List.copyOf(ids);
    }

    private EvidenceView evidence(DataItem item, EvidenceStatus status) {
        int deadline = -1;
        Deadline kind = Deadline.NONE;
        if (status == EvidenceStatus.PRESERVED && !state.followUpArrived.contains(item)
                && state.preservationEnds.containsKey(item)) {
            deadline = state.preservationEnds.get(item);
            kind = Deadline.PRESERVATION_ENDS;
        } else if (status == EvidenceStatus.AT_RISK && state.deletionTime(item) >= state.now) {
            deadline = state.deletionTime(item);
            kind = Deadline.DELETION;
        }
        return new EvidenceView(item.getId(), status, deadline, kind, state.isKnown(item));
    }

    /** Responses the trainee is waiting for: consequences of their own actions that are still to come. */
    private List<Pending> pending() {
        List<Pending> pending = new ArrayList<>();
        Set<Due> seen = new HashSet<>();
        for (Agenda.Entry entry : agenda.responses()) {
            Action action = (Action) entry.origin();
            if (seen.add(new Due(action.getId(), entry.time()))) {
                pending.add(new Pending(entry.time(), action.getId(), state.pendingText.computeIfAbsent(action,
                        a -> Texts.bind(Messages.Session_pendingResponse, a.getLabel()))));
            }
        }
        return List.copyOf(pending);
    }

    /** A response is listed once per action and minute, however many consequences it has. */
    private record Due(String actionId, int time) {
    }
}
