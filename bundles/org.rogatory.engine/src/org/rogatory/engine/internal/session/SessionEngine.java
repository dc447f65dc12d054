package org.rogatory.engine.internal.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.evaluation.Evaluator;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.ClockPolicy;
import org.rogatory.engine.session.Decision;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.EndReason;
import org.rogatory.engine.session.SessionEvent;
import org.rogatory.engine.session.SessionEvent.Kind;
import org.rogatory.engine.session.SessionView;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Consequence;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.TimedEvent;

/**
 * The simulation behind a session: one agenda of things due at simulated minutes, processed in a fixed order, so the
 * same scenario and the same decisions always give the same session.
 */
public final class SessionEngine {

    private final SessionState state;
    private final Agenda agenda = new Agenda();
    private final Conditions conditions;
    private final LegalClock clock;
    private final Consequences consequences;
    private final Evaluator evaluator;
    private final DecisionListener listener;
    /** What the evaluator keeps about the scenario from one decision to the next. */
    private final Map<Object, Object> evaluatorMemory;

    /** Starts a session on {@code scenario} at minute 0, with an evaluator memory of its own. */
    public SessionEngine(Scenario scenario, ClockPolicy policy, Evaluator evaluator, DecisionListener listener) {
        this(scenario, policy, evaluator, listener, new HashMap<>());
    }

    /**
     * Starts a session on {@code scenario} at minute 0 whose evaluator keeps what it works out about the scenario in
     * {@code evaluatorMemory}, which may be shared with other sessions (see
     * {@link Evaluator#evaluate(SessionView, Action, ActionInput, Map)}).
     */
    public SessionEngine(Scenario scenario, ClockPolicy policy, Evaluator evaluator, DecisionListener listener,
            Map<Object, Object> evaluatorMemory) {
        this.evaluatorMemory = Objects.requireNonNull(evaluatorMemory);
        this.state = new SessionState(scenario);
        this.conditions = new Conditions(state);
        this.clock = new LegalClock(state, policy, agenda);
        this.consequences = new Consequences(state, conditions, clock);
        this.evaluator = evaluator;
        this.listener = listener;
        clock.scheduleDeletions();
        for (TimedEvent event : scenario.getTimedEvents()) {
            if (event.isSetAt()) {
                agenda.schedule(event.getAt(), Agenda.Kind.TIMED_EVENT, event, null);
            }
        }
        advanceTo(0);
    }

    /** Returns the actions the trainee may take now, in the order the scenario lists them. */
    public List<Action> availableActions() {
        List<Action> available = new ArrayList<>();
        if (state.ended != null) {
            return available;
        }
        Set<Action> seen = new HashSet<>();
        for (DecisionPoint point : state.open) {
            for (Action action : point.getActions()) {
                boolean fresh = action.isRepeatable() || !state.taken.contains(action);
                if (fresh && !seen.contains(action) && conditions.holds(action.getAvailableWhen())) {
                    seen.add(action);
                    available.add(action);
                }
            }
        }
        return available;
    }

    /**
     * Takes an action: evaluates it, hands the decision to the listener (the journal makes it durable there), then
     * applies its consequences and moves the clock on by the action's cost. If the listener fails, nothing changes.
     */
    public Decision take(String actionId, ActionInput input) throws IOException {
        if (state.ended != null) {
            throw new IllegalStateException(Texts.bind(Messages.Session_ended, state.ended));
        }
        List<Action> available = availableActions();
        Action action = available.stream().filter(a -> a.getId().equals(actionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Texts.bind(Messages.Session_actionNotAvailable,
                        actionId, available.stream().map(Action::getId).collect(Collectors.joining(", "))))); //$NON-NLS-1$
        Evaluation evaluation = evaluator.evaluate(view(available), action, input, evaluatorMemory);
        Decision decision = new Decision(state.decisions.size() + 1, actionId, input, state.now, evaluation);
        listener.decided(decision);

        state.decisions.add(decision);
        state.taken.add(action);
        state.takenIds.add(actionId);
        state.inputs.put(action, input);
        evaluation.scoreDeltas().forEach((criterion, delta) -> state.scores.merge(criterion, delta, Integer::sum));
        state.log(Kind.DECISION, actionId, Texts.bind(Messages.Session_decision, action.getLabel()));
        action.getNext().forEach(dp -> {
            if (state.open.add(dp)) {
                state.log(Kind.DECISION_POINT, dp.getId(), dp.getTitle());
            }
        });
        for (Consequence consequence : action.getConsequences()) {
            agenda.schedule(state.now + action.getCost() + consequence.getDelay(), Agenda.Kind.CONSEQUENCE,
                    consequence, action);
        }
        clock.scheduleFollowUp(action);
        advanceTo(state.now + action.getCost());
        return decision;
    }

    /**
     * Lets simulated time pass without a decision, up to the minute given (never beyond the time budget). Everything
     * due on the way happens in order; conditions are re-checked after each step and at the final minute.
     */
    public void advanceTo(int minute) {
        int target = Math.min(minute, budget());
        while (state.ended == null) {
            settle();
            Agenda.Entry entry = agenda.pollDue(target);
            if (entry != null) {
                state.now = Math.max(state.now, entry.time());
                run(entry);
            } else if (state.now < target) {
                state.now = target;
            } else {
                break;
            }
        }
        if (state.ended == null && state.now >= budget()) {
            end(EndReason.TIME_BUDGET_SPENT, Messages.Session_budgetSpent);
        }
    }

    /** Ends the session at the trainee's request. */
    public void stop() {
        if (state.ended == null) {
            end(EndReason.STOPPED_BY_TRAINEE, Messages.Session_stopped);
        }
    }

    private int budget() {
        return state.scenario.getTimeBudget() > 0 ? state.scenario.getTimeBudget() : Integer.MAX_VALUE;
    }

    private void end(EndReason reason, String text) {
        state.ended = reason;
        state.log(Kind.ENDED, state.scenario.getId(), text);
    }

    private void run(Agenda.Entry entry) {
        switch (entry.kind()) {
            case CONSEQUENCE -> consequences.apply((Consequence) entry.subject(), (Action) entry.origin());
            case FOLLOW_UP_ARRIVES -> clock.followUpArrived((DataItem) entry.subject());
            case PRESERVATION_ENDS -> clock.preservationEnds((DataItem) entry.subject());
            case DELETION -> clock.deletionDue((DataItem) entry.subject());
            case TIMED_EVENT -> fire((TimedEvent) entry.subject());
        }
    }

    /** Fires every timed event whose condition has come true, until nothing more changes. */
    private void settle() {
        boolean changed = true;
        while (changed && state.ended == null) {
            changed = false;
            for (TimedEvent event : state.scenario.getTimedEvents()) {
                if (!event.isSetAt() && event.getWhen() != null && !state.fired.contains(event)
                        && conditions.holds(event.getWhen())) {
                    fire(event);
                    changed = true;
                }
            }
        }
    }

    private void fire(TimedEvent event) {
        if (state.fired.contains(event) || !conditions.holds(event.getWhen())) {
            return;
        }
        state.fired.add(event);
        state.log(SessionEvent.Kind.SCENARIO_EVENT, event.getId(), event.getTitle());
        for (Consequence consequence : event.getConsequences()) {
            agenda.schedule(state.now + consequence.getDelay(), Agenda.Kind.CONSEQUENCE, consequence, null);
        }
    }

    /** The simulated minute now; cheaper than a snapshot when only the clock is needed. */
    public int now() {
        return state.now;
    }

    /** Whether the session has ended; cheaper than a snapshot. */
    public boolean isEnded() {
        return state.ended != null;
    }

    /** Takes a snapshot for views, the evaluator and the debrief. */
    public SessionView view() {
        return view(availableActions());
    }

    private SessionView view(List<Action> available) {
        return new SessionViews(state, agenda).snapshot(available, Optional.ofNullable(state.ended),
                Map.copyOf(state.scores));
    }
}
