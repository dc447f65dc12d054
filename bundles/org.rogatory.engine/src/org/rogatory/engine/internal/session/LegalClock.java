package org.rogatory.engine.internal.session;

import java.util.Set;

import org.rogatory.engine.internal.text.Texts;
import org.rogatory.engine.session.ClockPolicy;
import org.rogatory.engine.session.SessionEvent.Kind;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.RetentionPolicy;
import org.rogatory.model.scenario.ServiceProvider;

/**
 * The legal clock: when data disappears and how long preservation holds. A holder deletes a data item when its
 * retention runs out unless the item is preserved; a preservation ends after its legal period unless the follow-up
 * request arrived first, and data whose retention has already run out is then lost at once.
 */
final class LegalClock {

    /** Domestic measures whose preservation lasts for the domestic period (Art. 25); the rest use Art. 42's. */
    private static final Set<Instrument> DOMESTIC_PRESERVATION = Set.of(Instrument.PRESERVATION_ORDER,
            Instrument.TRAFFIC_DATA_PRESERVATION_AND_PARTIAL_DISCLOSURE);

    /** Requests that carry the follow-up a preservation waits for (search, seizure or disclosure of the data). */
    private static final Set<Instrument> FOLLOW_UP = Set.of(Instrument.MLA_STORED_DATA, Instrument.MLA_REQUEST);

    private final SessionState state;
    private final ClockPolicy policy;
    private final Agenda agenda;

    LegalClock(SessionState state, ClockPolicy policy, Agenda agenda) {
        this.state = state;
        this.policy = policy;
        this.agenda = agenda;
    }

    /** Schedules every deletion the scenario implies; called once when the session starts. */
    void scheduleDeletions() {
        for (DataItem item : state.evidence.keySet()) {
            int at = state.deletionTime(item);
            if (at >= 0) {
                agenda.schedule(at, Agenda.Kind.DELETION, item, null);
            }
        }
    }

    /**
     * The minute the holder deletes the item: the scenario's explicit deletion time, else the provider's retention
     * period for the item's category counted from the start, else never (-1).
     */
    static int deletionTime(DataItem item) {
        if (item.isSetDeletionAt()) {
            return item.getDeletionAt();
        }
        if (item.getHolder() instanceof ServiceProvider provider) {
            for (RetentionPolicy retention : provider.getRetentionPolicies()) {
                if (retention.getCategory() == item.getCategory()) {
                    return retention.getDays() * ClockPolicy.MINUTES_PER_DAY;
                }
            }
        }
        return -1;
    }

    /** Starts the preservation period of an item that was just preserved by {@code origin} (null: by an event). */
    void preserved(DataItem item, Action origin) {
        boolean domestic = origin != null && DOMESTIC_PRESERVATION.contains(origin.getInstrument());
        int days = domestic ? policy.domesticPreservationDays() : policy.internationalPreservationDays();
        int end = state.now + days * ClockPolicy.MINUTES_PER_DAY;
        state.preservationEnds.put(item, end);
        agenda.schedule(end, Agenda.Kind.PRESERVATION_ENDS, item, origin);
    }

    /** Notes that {@code action}'s follow-up request will reach the holder's State after the action's cost. */
    void scheduleFollowUp(Action action) {
        if (FOLLOW_UP.contains(action.getInstrument())) {
            for (DataItem item : action.getDataItems()) {
                agenda.schedule(state.now + action.getCost(), Agenda.Kind.FOLLOW_UP_ARRIVES, item, action);
            }
        }
    }

    void followUpArrived(DataItem item) {
        if (state.evidence.get(item) == EvidenceStatus.PRESERVED) {
            state.followUpArrived.add(item);
        }
    }

    void deletionDue(DataItem item) {
        if (state.evidence.get(item) == EvidenceStatus.AT_RISK) {
            lose(item);
        }
    }

    void preservationEnds(DataItem item) {
        Integer end = state.preservationEnds.get(item);
        if (state.evidence.get(item) != EvidenceStatus.PRESERVED || state.followUpArrived.contains(item)
                || end == null || end != state.now) {
            return;
        }
        state.evidence.put(item, EvidenceStatus.AT_RISK);
        state.preservationEnds.remove(item);
        state.log(Kind.PRESERVATION_LAPSED, item.getId(),
                Texts.bind(Messages.Clock_preservationLapsed, item.getName()));
        int deletion = state.deletionTime(item);
        if (deletion >= 0 && deletion <= state.now) {
            lose(item);
        }
    }

    private void lose(DataItem item) {
        state.evidence.put(item, EvidenceStatus.LOST);
        state.log(Kind.DATA_DELETED, item.getId(), Texts.bind(Messages.Clock_deleted, item.getName()));
    }
}
