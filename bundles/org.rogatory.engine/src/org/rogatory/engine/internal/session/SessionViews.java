package org.rogatory.engine.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.session.EndReason;
import org.rogatory.engine.session.SessionView;
import org.rogatory.engine.session.SessionView.AssetView;
import org.rogatory.engine.session.SessionView.Deadline;
import org.rogatory.engine.session.SessionView.EvidenceView;
import org.rogatory.engine.session.SessionView.Pending;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Flag;
import org.rogatory.model.scenario.Identified;

/** Builds the immutable snapshot of a session's state. */
final class SessionViews {

    private final SessionState state;
    private final Agenda agenda;

    SessionViews(SessionState state, Agenda agenda) {
        this.state = state;
        this.agenda = agenda;
    }

    SessionView snapshot(List<Action> available, Optional<EndReason> ended, Map<String, Integer> scores) {
        List<EvidenceView> evidence = new ArrayList<>();
        state.evidence.forEach((item, status) -> evidence.add(evidence(item, status)));
        List<AssetView> assets = new ArrayList<>();
        state.assets.forEach((asset, status) -> assets.add(new AssetView(asset.getId(), status, state.isKnown(asset))));
        return new SessionView(state.scenario, state.now, state.scenario.getTimeBudget(), evidence, assets,
                state.flags.stream().map(Flag::getId).toList(), state.open.stream().map(Identified::getId).toList(),
                available.stream().map(Action::getId).toList(), state.taken.stream().map(Action::getId).toList(),
                pending(), scores, state.decisions, state.timeline, ended);
    }

    private EvidenceView evidence(DataItem item, EvidenceStatus status) {
        int deadline = -1;
        Deadline kind = Deadline.NONE;
        if (status == EvidenceStatus.PRESERVED && !state.followUpArrived.contains(item)
                && state.preservationEnds.containsKey(item)) {
            deadline = state.preservationEnds.get(item);
            kind = Deadline.PRESERVATION_ENDS;
        } else if (status == EvidenceStatus.AT_RISK && LegalClock.deletionTime(item) >= state.now) {
            deadline = LegalClock.deletionTime(item);
            kind = Deadline.DELETION;
        }
        return new EvidenceView(item.getId(), status, deadline, kind, state.isKnown(item));
    }

    /** Responses the trainee is waiting for: consequences of their own actions that are still to come. */
    private List<Pending> pending() {
        List<Pending> pending = new ArrayList<>();
        for (Agenda.Entry entry : agenda.entries()) {
            if (entry.kind() == Agenda.Kind.CONSEQUENCE && entry.origin() instanceof Action action
                    && pending.stream().noneMatch(p -> p.actionId().equals(action.getId()) && p.due() == entry.time())) {
                pending.add(new Pending(entry.time(), action.getId(),
                        NLS.bind(Messages.Session_pendingResponse, action.getLabel())));
            }
        }
        return pending;
    }
}
