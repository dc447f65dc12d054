package org.rogatory.engine.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.Engine;
import org.rogatory.engine.evaluation.Evaluator;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.model.query.ScenarioQuery;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Consequence;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.ReferenceStep;
import org.rogatory.model.scenario.RequestIncludesCondition;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.TimeCondition;
import org.rogatory.model.scenario.TimedEvent;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.RequestElementEntry;

/**
 * Where an author's trial of a scenario starts: "test from here" on a decision point needs the state the case would
 * have there, and only the engine can say which decisions and how much waiting open a point, because conditions, costs,
 * delays and timed events all play a part. A {@link Plan} is a list of recorded actions (each with the minute it is
 * taken, so waiting between them is part of it) and the minute the clock runs to after the last one; starting a trial
 * replays it through a real session, so the trial is exactly the case a trainee would be in.
 *
 * <p>The route to a decision point is found in this order: the scenario's reference path, as far as it needs to go
 * (letting the clock run when its next step is not offered yet); otherwise the shortest sequence of decisions and
 * waits (fewest decisions first), searched through real sessions. Drafted requests on the way are drafted twice, complete (every
 * element the knowledge base marks mandatory for the measure, and every element the scenario's conditions look for)
 * and empty, so branches that punish an incomplete request can be reached as well.
 */
public final class TrialStart {

    /** How far the breadth-first search goes before it gives up, in distinct states. */
    public static final int SEARCH_LIMIT = 5000;
    /** The longest route the search tries, in decisions and waits. */
    public static final int DEPTH_LIMIT = 30;
    /** How many times one wait may move the clock on before it counts as changing nothing. */
    private static final int WAIT_STEPS = 200;

    /** How a trial reaches its starting point, so the UI can say which path was taken. */
    public enum Route {
        /** From minute 0: the decision point is the scenario's start, or the author asked for the whole scenario. */
        START,
        /** A prefix of the scenario's reference path (with waits where its next step was not offered yet). */
        REFERENCE_PATH,
        /** The shortest sequence of decisions and waits that opens the point. */
        SHORTEST_PATH,
        /** A saved trial the author chose (see {@link TrialPresets}). */
        PRESET
    }

    /**
     * Where a trial starts and how it gets there.
     *
     * @param scenarioId the scenario
     * @param decisionPointId the decision point the trial starts at, or empty for the whole scenario or a preset
     * @param route how the point is reached
     * @param actions the decisions replayed before the trainee takes over, each at its minute
     * @param minute the minute the clock runs to after the last decision (at least that decision's minute)
     */
    public record Plan(String scenarioId, String decisionPointId, Route route, List<RecordedAction> actions,
            int minute) {

        /** Freezes the actions, so a plan can be handed between threads. */
        public Plan {
            actions = List.copyOf(actions);
        }

        /** The plan as a transcript, the format presets are saved in. */
        public Transcript transcript(String scenarioVersion, long seed) {
            return new Transcript(scenarioId, scenarioVersion, seed, actions);
        }

        /**
         * Says in words which path was taken, for the status of the trial: the route, the actions by label and the
         * minute the trainee takes over.
         *
         * @param scenario the scenario the plan was made for (for labels)
         * @return one sentence
         */
        public String describe(Scenario scenario) {
            ScenarioQuery query = new ScenarioQuery(scenario);
            String steps = actions.stream()
                    .map(a -> query.findById(a.actionId()).filter(Action.class::isInstance).map(Action.class::cast)
                            .map(action -> action.getLabel() == null ? action.getId() : action.getLabel())
                            .orElse(a.actionId()))
                    .collect(Collectors.joining("; ")); //$NON-NLS-1$
            String time = Integer.toString(minute);
            return switch (route) {
                case START -> Messages.TrialStart_routeStart;
                case REFERENCE_PATH -> NLS.bind(Messages.TrialStart_routeReference,
                        new Object[] { actions.size(), steps, time });
                case SHORTEST_PATH -> actions.isEmpty() ? NLS.bind(Messages.TrialStart_routeWaitOnly, time)
                        : NLS.bind(Messages.TrialStart_routeShortest, new Object[] { actions.size(), steps, time });
                case PRESET -> NLS.bind(Messages.TrialStart_routePreset, new Object[] { actions.size(), steps, time });
            };
        }
    }

    /** The scenario cannot be started where the author asked; the message says why and what to do. */
    public static final class TrialStartException extends Exception {

        private static final long serialVersionUID = 1L;

        /** Creates the exception with a message for the author. */
        public TrialStartException(String message) {
            super(message);
        }

        /** Creates the exception with a message for the author and the underlying failure. */
        public TrialStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ClockPolicy policy;
    private final Evaluator evaluator;
    private final Function<Action, List<String>> mandatoryElements;

    /**
     * Creates a planner over an evaluator and a clock policy.
     *
     * @param policy the clock's legal periods
     * @param evaluator the evaluator (decisions are evaluated while the route is searched, as in a real session)
     * @param mandatoryElements the request elements a complete draft of an action holds beyond what the scenario
     *            itself names (the knowledge base's mandatory elements for its measure)
     */
    public TrialStart(ClockPolicy policy, Evaluator evaluator, Function<Action, List<String>> mandatoryElements) {
        this.policy = policy;
        this.evaluator = evaluator;
        this.mandatoryElements = mandatoryElements;
    }

    /** A planner over the engine's evaluator, clock and knowledge base, as the workbench uses it. */
    public static TrialStart of(Engine engine) {
        return new TrialStart(engine.clockPolicy(), engine.evaluator(),
                action -> engine.knowledgeBase().instrument(action.getInstrument())
                        .map(InstrumentEntry::requestContents).orElse(List.of()).stream()
                        .filter(RequestElementEntry::mandatory).map(RequestElementEntry::key).distinct().toList());
    }

    /**
     * The plan for playing the whole scenario from minute 0.
     *
     * @param scenario the scenario
     * @return a plan with no decisions
     */
    public Plan fromStart(Scenario scenario) {
        return new Plan(scenario.getId(), "", Route.START, List.of(), 0); //$NON-NLS-1$
    }

    /**
     * Finds the state the scenario would have at a decision point: the reference path's prefix if it opens the point,
     * otherwise the shortest route of decisions and waits.
     *
     * @param scenario a valid scenario
     * @param decisionPointId the decision point to start at
     * @return the plan; replaying it leaves the point open and the case running
     * @throws TrialStartException naming the point and what to do when it does not exist or cannot be opened
     */
    public Plan to(Scenario scenario, String decisionPointId) throws TrialStartException {
        DecisionPoint target = scenario.getDecisionPoints().stream().filter(p -> decisionPointId.equals(p.getId()))
                .findFirst().orElseThrow(() -> new TrialStartException(
                        NLS.bind(Messages.TrialStart_noSuchPoint, decisionPointId, scenario.getId())));
        if (target == scenario.getStart()) {
            return new Plan(scenario.getId(), decisionPointId, Route.START, List.of(), 0);
        }
        if (!new ScenarioQuery(scenario).reachableDecisionPoints().contains(target)) {
            throw new TrialStartException(NLS.bind(Messages.TrialStart_neverOpens, title(target), decisionPointId));
        }
        try {
            Plan reference = alongReferencePath(scenario, target);
            if (reference != null) {
                return reference;
            }
            Plan shortest = shortestPath(scenario, target);
            if (shortest != null) {
                return shortest;
            }
        } catch (IOException | RuntimeException e) {
            throw new TrialStartException(NLS.bind(Messages.TrialStart_failed, title(target), e.getMessage()), e);
        }
        throw new TrialStartException(NLS.bind(Messages.TrialStart_notFound,
                new Object[] { title(target), decisionPointId, DEPTH_LIMIT }));
    }

    /**
     * Makes a plan from a saved trial, checking that it still fits the scenario (the author may have edited the
     * scenario since it was saved).
     *
     * @param scenario the scenario
     * @param preset the saved trial
     * @return the plan; the clock stops at the preset's last decision
     * @throws TrialStartException when the preset is for another scenario or no longer replays, saying which action
     */
    public Plan fromPreset(Scenario scenario, Transcript preset) throws TrialStartException {
        int minute = preset.actions().isEmpty() ? 0
                : (int) preset.actions().get(preset.actions().size() - 1).simulatedMinutes();
        return fromPreset(scenario, preset, minute);
    }

    /**
     * Makes a plan from a saved trial whose clock had run on after its last decision (see
     * {@link TrialPresets#load}).
     *
     * @param scenario the scenario
     * @param preset the saved trial
     * @param minute the minute to run the clock to after the last decision
     * @return the plan
     * @throws TrialStartException when the preset is for another scenario or no longer replays, saying which action
     */
    public Plan fromPreset(Scenario scenario, Transcript preset, int minute) throws TrialStartException {
        if (!scenario.getId().equals(preset.scenarioId())) {
            throw new TrialStartException(
                    NLS.bind(Messages.TrialStart_presetOtherScenario, preset.scenarioId(), scenario.getId()));
        }
        Plan plan = new Plan(scenario.getId(), "", Route.PRESET, preset.actions(), minute); //$NON-NLS-1$
        try {
            Session session = start(scenario, plan, preset.seed(), DecisionListener.NONE);
            if (session.isEnded()) {
                throw new TrialStartException(Messages.TrialStart_presetEnded);
            }
        } catch (IOException e) {
            throw new TrialStartException(NLS.bind(Messages.TrialStart_presetStale, e.getMessage()), e);
        }
        return plan;
    }

    /**
     * Starts a session and replays the plan into it, so the listener (a trial's journal) records the replayed
     * decisions like any others.
     *
     * @param scenario the scenario the plan was made for
     * @param plan the plan
     * @param seed the session's seed
     * @param listener hears every decision, replayed ones included
     * @return the session at the plan's minute
     * @throws IOException if a decision does not fit the scenario or cannot be recorded
     */
    public Session start(Scenario scenario, Plan plan, long seed, DecisionListener listener) throws IOException {
        Session session = Session.start(scenario, seed, policy, evaluator, listener);
        SessionRecording.replayInto(session, plan.actions());
        if (plan.minute() > session.now()) {
            session.advanceTo(plan.minute());
        }
        return session;
    }

    private Plan alongReferencePath(Scenario scenario, DecisionPoint target) throws IOException {
        Session session = Session.start(scenario, 0L, policy, evaluator, DecisionListener.NONE);
        List<RecordedAction> taken = new ArrayList<>();
        for (ReferenceStep step : scenario.getReferencePath()) {
            Action action = step.getAction();
            if (action == null) {
                return null;
            }
            while (!isOpen(session, target) && !session.isEnded()
                    && !session.availableActionIds().contains(action.getId())) {
                if (!waitForChange(scenario, session)) {
                    break;
                }
            }
            if (isOpen(session, target)) {
                return taken.isEmpty() ? null
                        : new Plan(scenario.getId(), target.getId(), Route.REFERENCE_PATH, taken, session.now());
            }
            if (session.isEnded() || !session.availableActionIds().contains(action.getId())) {
                return null;
            }
            ActionInput input = action.isTraineeDrafts() ? new ActionInput(completeDraft(scenario, action))
                    : ActionInput.NONE;
            taken.add(record(action, input, session.now()));
            session.take(action.getId(), input);
        }
        while (!taken.isEmpty() && !isOpen(session, target) && !session.isEnded()
                && waitForChange(scenario, session)) {
            // let the clock run after the last step, as a trainee who waits would
        }
        // Only waiting, no step of the path: that is not the reference path's doing; the search says so better.
        return !taken.isEmpty() && isOpen(session, target)
                ? new Plan(scenario.getId(), target.getId(), Route.REFERENCE_PATH, taken, session.now())
                : null;
    }

    /** One move of the search: a decision with its input, or a wait (action null). */
    private record Move(Action action, ActionInput input) {
    }

    /** A route being searched; fewer decisions first, then fewer waits, then the order the scenario lists them. */
    private record Node(List<Move> moves, int decisions, int waits, long sequence) {
    }

    private static final Comparator<Node> CHEAPEST = Comparator.comparingInt(Node::decisions)
            .thenComparingInt(Node::waits).thenComparingLong(Node::sequence);

    /**
     * Searches routes in order of cost, so the first route that opens the point takes the fewest decisions (an author
     * wants the least replayed before the point) and, among those, the fewest waits.
     */
    private Plan shortestPath(Scenario scenario, DecisionPoint target) throws IOException {
        PriorityQueue<Node> queue = new PriorityQueue<>(CHEAPEST);
        Set<List<Object>> seen = new HashSet<>();
        long[] sequence = { 0 };
        queue.add(new Node(List.of(), 0, 0, sequence[0]++));
        int expanded = 0;
        while (!queue.isEmpty() && expanded < SEARCH_LIMIT) {
            Node node = queue.poll();
            expanded++;
            Replayed replayed = replay(scenario, node.moves());
            if (replayed == null) {
                continue;
            }
            Session session = replayed.session();
            if (isOpen(session, target)) {
                return new Plan(scenario.getId(), target.getId(), Route.SHORTEST_PATH, replayed.actions(),
                        session.now());
            }
            if (!seen.add(key(session.view())) || session.isEnded() || node.moves().size() >= DEPTH_LIMIT) {
                continue;
            }
            for (String id : session.availableActionIds()) {
                Action action = (Action) new ScenarioQuery(scenario).findById(id).orElseThrow();
                for (ActionInput input : inputs(scenario, action)) {
                    queue.add(extend(node, new Move(action, input), sequence[0]++));
                }
            }
            queue.add(extend(node, new Move(null, ActionInput.NONE), sequence[0]++));
        }
        return null;
    }

    private static Node extend(Node node, Move move, long sequence) {
        List<Move> moves = new ArrayList<>(node.moves());
        moves.add(move);
        boolean decision = move.action() != null;
        return new Node(moves, node.decisions() + (decision ? 1 : 0), node.waits() + (decision ? 0 : 1), sequence);
    }

    private record Replayed(Session session, List<RecordedAction> actions) {
    }

    /** Replays moves into a fresh session; null when a wait changed nothing (the route is a dead end). */
    private Replayed replay(Scenario scenario, List<Move> moves) throws IOException {
        Session session = Session.start(scenario, 0L, policy, evaluator, DecisionListener.NONE);
        List<RecordedAction> actions = new ArrayList<>();
        for (Move move : moves) {
            if (move.action() == null) {
                if (!waitForChange(scenario, session)) {
                    return null;
                }
            } else {
                actions.add(record(move.action(), move.input(), session.now()));
                session.take(move.action().getId(), move.input());
            }
        }
        return new Replayed(session, actions);
    }

    /**
     * What tells two states apart for the search: everything the trainee sees except the clock, and what each
     * decision sent (a complete and an incomplete request lead to different stories later).
     */
    private static List<Object> key(SessionView view) {
        return List.of(new TreeSet<>(view.openDecisionPoints()), view.availableActions(),
                view.decisions().stream().map(d -> d.actionId() + d.input().requestElements()).sorted().toList(),
                new TreeSet<>(view.flags()),
                view.evidence().stream().map(e -> e.id() + '=' + e.status() + '/' + e.known()).sorted().toList(),
                view.assets().stream().map(a -> a.id() + '=' + a.status() + '/' + a.known()).sorted().toList(),
                view.pending().stream().map(SessionView.Pending::actionId).sorted().toList(),
                view.ended().isPresent());
    }

    /**
     * Lets the clock run to the next minute at which something can happen, again and again, until what the trainee
     * sees changes. Returns false when nothing more will happen.
     */
    private static boolean waitForChange(Scenario scenario, Session session) {
        List<Object> before = key(session.view());
        for (int i = 0; i < WAIT_STEPS && !session.isEnded(); i++) {
            int next = nextMoment(scenario, session.view());
            if (next <= session.now()) {
                return false;
            }
            session.advanceTo(next);
            if (!key(session.view()).equals(before)) {
                return true;
            }
        }
        return session.isEnded() && !key(session.view()).equals(before);
    }

    /**
     * The next minute after now at which the scenario may change on its own: a response or a deadline due, a timed
     * event, a time condition, an event's delayed consequence, or the end of the time budget.
     */
    private static int nextMoment(Scenario scenario, SessionView view) {
        int now = view.now();
        Set<Integer> moments = new LinkedHashSet<>();
        view.pending().forEach(p -> moments.add(p.due()));
        view.evidence().forEach(e -> moments.add(e.deadline()));
        for (TimedEvent event : scenario.getTimedEvents()) {
            for (Consequence consequence : event.getConsequences()) {
                if (event.isSetAt()) {
                    moments.add(event.getAt() + consequence.getDelay());
                } else {
                    moments.add(now + Math.max(1, consequence.getDelay()));
                }
            }
            if (event.isSetAt()) {
                moments.add(event.getAt());
            }
        }
        for (Iterator<EObject> it = scenario.eAllContents(); it.hasNext();) {
            if (it.next() instanceof TimeCondition condition) {
                moments.add(condition.getAfter());
            }
        }
        if (scenario.getTimeBudget() > 0) {
            moments.add(scenario.getTimeBudget());
        }
        return moments.stream().filter(m -> m > now).min(Integer::compare).orElse(now);
    }

    private List<ActionInput> inputs(Scenario scenario, Action action) {
        if (!action.isTraineeDrafts()) {
            return List.of(ActionInput.NONE);
        }
        List<String> complete = completeDraft(scenario, action);
        return complete.isEmpty() ? List.of(ActionInput.NONE)
                : List.of(new ActionInput(complete), ActionInput.NONE);
    }

    /** A complete draft: what the author listed, what the knowledge base requires, what the scenario looks for. */
    private List<String> completeDraft(Scenario scenario, Action action) {
        Set<String> elements = new LinkedHashSet<>(action.getRequestElements());
        elements.addAll(mandatoryElements.apply(action));
        for (Iterator<EObject> it = scenario.eAllContents(); it.hasNext();) {
            if (it.next() instanceof RequestIncludesCondition condition && condition.getAction() == action) {
                elements.addAll(condition.getElements());
            }
        }
        return List.copyOf(elements);
    }

    private static RecordedAction record(Action action, ActionInput input, int minute) {
        Map<String, String> parameters = input.requestElements().isEmpty() ? Map.of()
                : Map.of(SessionRecording.REQUEST_ELEMENTS, String.join(",", input.requestElements())); //$NON-NLS-1$
        return new RecordedAction(action.getId(), parameters, minute);
    }

    private static boolean isOpen(Session session, DecisionPoint target) {
        SessionView view = session.view();
        return view.ended().isEmpty() && view.openDecisionPoints().contains(target.getId());
    }

    private static String title(DecisionPoint point) {
        return point.getTitle() == null || point.getTitle().isBlank() ? point.getId() : point.getTitle();
    }
}
