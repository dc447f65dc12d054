package org.rogatory.benchmarks.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.rogatory.engine.Engine;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.Session;
import org.rogatory.engine.session.SessionRecording;
import org.rogatory.engine.session.SessionView;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Scenario;

/**
 * Makes transcripts by playing sessions through the engine, the way a trainee's journal is made, so that every
 * transcript replays: a simulated trainee takes about 30 decisions, mostly at the decision point that opened last and
 * mostly the first action offered there, sometimes lets time pass first, and drafts most of the request elements of a
 * request it drafts itself. The seed decides every choice.
 */
public final class SyntheticTranscripts {

    /** The fewest decisions a transcript has; the most is this plus {@link #SPREAD} minus one. */
    public static final int MIN_DECISIONS = 26;
    /** How many different lengths transcripts have, so that they average about 30 decisions. */
    public static final int SPREAD = 9;

    private final Engine engine;
    private final Map<Scenario, Map<String, Action>> actions = new HashMap<>();

    /** Creates a player whose sessions run on {@code engine}. */
    public SyntheticTranscripts(Engine engine) {
        this.engine = engine;
    }

    /**
     * Plays one session of {@code scenario} with {@code seed} and returns its transcript, naming {@code version} as
     * the version it was played against.
     */
    public Transcript play(Scenario scenario, String version, long seed) throws IOException {
        Random random = new Random(seed);
        int length = MIN_DECISIONS + random.nextInt(SPREAD);
        List<RecordedAction> recorded = new ArrayList<>();
        Session session = engine.start(scenario, seed, decision -> recorded.add(SessionRecording.toRecord(decision)));
        while (recorded.size() < length && !session.isEnded()) {
            SessionView view = session.view();
            if (random.nextInt(4) == 0 && view.now() + 7 * 60 < view.timeBudget()) {
                session.advanceTo(view.now() + 30 + random.nextInt(6 * 60));
                view = session.view();
            }
            List<String> available = view.availableActions();
            if (available.isEmpty()) {
                break;
            }
            Action action = action(scenario, choose(view, available, random));
            session.take(action.getId(), input(action, random));
        }
        return new Transcript(scenario.getId(), version, seed, recorded);
    }

    private static String choose(SessionView view, List<String> available, Random random) {
        List<String> open = view.openDecisionPoints();
        List<String> candidates = available;
        if (!open.isEmpty() && random.nextInt(4) != 0) {
            String newest = open.get(open.size() - 1) + "-";
            List<String> here = available.stream().filter(id -> id.startsWith(newest)).toList();
            candidates = here.isEmpty() ? available : here;
        }
        return random.nextInt(10) < 6 ? candidates.get(0) : candidates.get(random.nextInt(candidates.size()));
    }

    private static ActionInput input(Action action, Random random) {
        if (!action.isTraineeDrafts()) {
            return ActionInput.NONE;
        }
        List<String> drafted = new ArrayList<>();
        for (String element : action.getRequestElements()) {
            if (random.nextInt(100) < 85) {
                drafted.add(element);
            }
        }
        return new ActionInput(drafted);
    }

    private Action action(Scenario scenario, String id) {
        return actions.computeIfAbsent(scenario, s -> {
            Map<String, Action> byId = new HashMap<>();
            for (DecisionPoint point : s.getDecisionPoints()) {
                point.getActions().forEach(a -> byId.put(a.getId(), a));
            }
            return byId;
        }).get(id);
    }
}
