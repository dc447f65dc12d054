package org.rogatory.engine.internal.session;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.Decision;
import org.rogatory.engine.session.EndReason;
import org.rogatory.engine.session.SessionEvent;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Asset;
import org.rogatory.model.scenario.AssetStatus;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Discoverable;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Flag;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.TimedEvent;

/**
 * Everything that changes during a session. The scenario model itself is never modified: the same loaded scenario can
 * serve many sessions (a class of trainees, a batch of transcripts to grade).
 */
final class SessionState {

    final Scenario scenario;
    int now;
    EndReason ended;
    final Map<DataItem, EvidenceStatus> evidence = new LinkedHashMap<>();
    /**
     * The minute each data item's holder deletes it (-1: never), worked out once: it depends only on the scenario,
     * which is not modified while it is played, and every snapshot asks it for every item at risk.
     */
    private final Map<DataItem, Integer> deletionTimes = new HashMap<>();
    final Map<DataItem, Integer> preservationEnds = new HashMap<>();
    final Set<DataItem> followUpArrived = new HashSet<>();
    final Map<Asset, AssetStatus> assets = new LinkedHashMap<>();
    final Set<Flag> flags = new LinkedHashSet<>();
    final Set<Discoverable> revealed = new HashSet<>();
    final Set<DecisionPoint> open = new LinkedHashSet<>();
    /** The actions taken, each once however often it was taken. */
    final Set<Action> taken = new HashSet<>();
    /** The ids of the actions taken, in the order they were taken. */
    final AppendLog<String> takenIds = new AppendLog<>();
    final Map<Action, ActionInput> inputs = new HashMap<>();
    final Set<TimedEvent> fired = new HashSet<>();
    final Map<String, Integer> scores = new LinkedHashMap<>();
    /** The text that announces each action's pending response, written once per session. */
    final Map<Action, String> pendingText = new HashMap<>();
    final AppendLog<Decision> decisions = new AppendLog<>();
    final AppendLog<SessionEvent> timeline = new AppendLog<>();
    /** Held for the session's lifetime, so the shared index is not collected while it is played. */
    final ScenarioIndex index;

    SessionState(Scenario scenario) {
        this.scenario = scenario;
        this.index = ScenarioIndex.of(scenario);
        for (DataItem item : scenario.getDataItems()) {
            evidence.put(item, item.getStatus());
            deletionTimes.put(item, LegalClock.deletionTime(item));
        }
        for (Asset asset : scenario.getAssets()) {
            assets.put(asset, asset.getStatus());
        }
        if (scenario.getRubric() != null) {
            scenario.getRubric().getCriteria().forEach(c -> scores.put(c.getId(), 0));
        }
        if (scenario.getStart() != null) {
            open.add(scenario.getStart());
        }
    }

    /** The minute the holder deletes the item, as {@link LegalClock#deletionTime} gives it. */
    int deletionTime(DataItem item) {
        Integer known = deletionTimes.get(item);
        return known != null ? known : LegalClock.deletionTime(item);
    }

    boolean isKnown(Discoverable element) {
        return element.isKnownAtStart() || revealed.contains(element);
    }

    void log(SessionEvent.Kind kind, String subject, String text) {
        timeline.add(new SessionEvent(now, kind, subject, text));
    }
}
