package org.rogatory.engine.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.session.ClockPolicy;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Consequence;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.EvidenceStatusChange;
import org.rogatory.model.scenario.Identified;
import org.rogatory.model.scenario.OpenDecisionPoint;
import org.rogatory.model.scenario.RetentionPolicy;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ServiceProvider;
import org.rogatory.model.scenario.TimedEvent;
import org.rogatory.model.scenario.Verdict;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.model.InstrumentKind;

/**
 * Finds evidence that every trainee loses: a data item its holder deletes before the earliest lawful step could
 * secure it. The legal clock deletes an item still at risk at its deletion minute, before anything else due at that
 * minute, so a preservation, disclosure or seizure must take effect strictly earlier.
 * <p>
 * The earliest time a step secures an item is a lower bound worked out from the structure: the minute its decision
 * point can open at the soonest (the start at minute 0; "next" when the opening action is taken; an opening
 * consequence after the action's time and its delay; an event at its minute, or at minute 0 when only a condition
 * triggers it), plus the action's time, plus the delay of the consequence that secures the item. Conditions are
 * assumed to hold, so when even this bound is too late the loss is certain. Lawful steps are those the knowledge base
 * does not forbid or leave without a treaty basis (Art. 5 and cross-border orders to providers) and that the author
 * does not mark non-compliant. The result is a warning: the pack still plays, and an author may mean the loss as the
 * lesson, but then the lawful route the scenario teaches never works.
 */
final class RetentionChecks {

    /** Statuses that keep a data item from its holder's deletion. */
    private static final Set<EvidenceStatus> SECURED = Set.of(EvidenceStatus.PRESERVED, EvidenceStatus.DISCLOSED,
            EvidenceStatus.SEIZED);

    private RetentionChecks() {
    }

    /**
     * The minute the holder deletes {@code item}, by the rule the engine's legal clock applies: the scenario's
     * explicit deletion time, else the holder's retention period for the item's category counted from the start, else
     * never (-1).
     *
     * @param item the data item
     * @return the minute, or -1
     */
    static int deletionTime(DataItem item) {
        if (item.isSetDeletionAt()) {
            return item.getDeletionAt();
        }
        RetentionPolicy policy = policy(item);
        return policy == null ? -1 : policy.getDays() * ClockPolicy.MINUTES_PER_DAY;
    }

    private static RetentionPolicy policy(DataItem item) {
        if (item.getHolder() instanceof ServiceProvider provider) {
            for (RetentionPolicy retention : provider.getRetentionPolicies()) {
                if (retention.getCategory() == item.getCategory()) {
                    return retention;
                }
            }
        }
        return null;
    }

    /**
     * Adds a warning for each data item at risk that no lawful step can secure before it is deleted.
     *
     * @param scenario the scenario
     * @param knowledgeBase the knowledge base that says which instruments are unlawful
     * @param problems where the warnings go
     */
    static void check(Scenario scenario, ConventionKnowledgeBase knowledgeBase, List<PackProblem> problems) {
        int budget = scenario.getTimeBudget() > 0 ? scenario.getTimeBudget() : Integer.MAX_VALUE;
        Map<DataItem, Integer> deadlines = new HashMap<>();
        for (DataItem item : scenario.getDataItems()) {
            int deletion = deletionTime(item);
            if (item.getStatus() == EvidenceStatus.AT_RISK && deletion >= 0 && deletion < budget) {
                deadlines.put(item, deletion);
            }
        }
        if (deadlines.isEmpty()) {
            return;
        }
        Map<DecisionPoint, Integer> opens = earliestOpening(scenario);
        Map<DataItem, Route> lawful = new HashMap<>();
        Map<DataItem, Route> any = new HashMap<>();
        for (TimedEvent event : scenario.getTimedEvents()) {
            int fires = event.isSetAt() ? event.getAt() : 0;
            for (Consequence consequence : event.getConsequences()) {
                secures(consequence, deadlines, true, new Route(event, null, fires, 0, consequence.getDelay()),
                        lawful, any);
            }
        }
        for (Map.Entry<DecisionPoint, Integer> open : opens.entrySet()) {
            for (Action action : open.getKey().getActions()) {
                boolean legal = lawful(action, knowledgeBase);
                for (Consequence consequence : action.getConsequences()) {
                    secures(consequence, deadlines, legal, new Route(action, open.getKey(), open.getValue(),
                            action.getCost(), consequence.getDelay()), lawful, any);
                }
            }
        }
        for (DataItem item : scenario.getDataItems()) {
            Integer deadline = deadlines.get(item);
            Route best = lawful.get(item);
            Route fastest = any.get(item);
            if (deadline == null || fastest == null || best != null && best.at() < deadline) {
                continue;
            }
            String when = NLS.bind(Messages.Retention_deletion, new Object[] { Integer.toString(deadline),
                    days(deadline), cause(item) });
            String message;
            if (best == null) {
                message = NLS.bind(Messages.Retention_onlyUnlawful, new Object[] { item.getName(), when,
                        AuthoringChecks.id(fastest.origin()) });
            } else if (best.point() == null) {
                message = NLS.bind(Messages.Retention_eventTooLate, new Object[] { item.getName(), when,
                        AuthoringChecks.id(best.origin()), Integer.toString(best.at()) });
            } else {
                message = NLS.bind(Messages.Retention_tooLate, new Object[] { item.getName(), when,
                        AuthoringChecks.id(best.origin()), AuthoringChecks.id(best.point()),
                        Integer.toString(best.at()), Integer.toString(best.opens()), Integer.toString(best.cost()),
                        Integer.toString(best.delay()) });
            }
            problems.add(AuthoringChecks.warning(item, message));
        }
    }

    /**
     * A way to secure an item: the action or event, the decision point that offers the action (null for an event),
     * the soonest minute it can start, the action's time and the consequence's delay.
     */
    private record Route(Identified origin, DecisionPoint point, int opens, int cost, int delay) {
        int at() {
            return opens + cost + delay;
        }
    }

    /** Records {@code route} for each item at risk that the consequence secures, among the lawful ones if it is. */
    private static void secures(Consequence consequence, Map<DataItem, Integer> deadlines, boolean legal, Route route,
            Map<DataItem, Route> lawful, Map<DataItem, Route> any) {
        if (consequence instanceof EvidenceStatusChange change && SECURED.contains(change.getStatus())) {
            for (DataItem item : change.getDataItems()) {
                if (deadlines.containsKey(item)) {
                    any.merge(item, route, RetentionChecks::earlier);
                    if (legal) {
                        lawful.merge(item, route, RetentionChecks::earlier);
                    }
                }
            }
        }
    }

    private static Route earlier(Route a, Route b) {
        return b.at() < a.at() ? b : a;
    }

    /** Whether the knowledge base allows the action's instrument and its author does not call it non-compliant. */
    private static boolean lawful(Action action, ConventionKnowledgeBase knowledgeBase) {
        InstrumentKind kind = knowledgeBase.instrument(action.getInstrument()).map(InstrumentEntry::kind).orElse(null);
        boolean forbidden = kind == InstrumentKind.FORBIDDEN || kind == InstrumentKind.NO_TREATY_BASIS;
        boolean markedWrong = action.getFeedback() != null && action.getFeedback().isSetExpectedVerdict()
                && action.getFeedback().getExpectedVerdict() == Verdict.NON_COMPLIANT;
        return !forbidden && !markedWrong;
    }

    /**
     * The soonest minute each reachable decision point can open, over the ways the scenario opens them (all delays are
     * never negative, so the first time a point is taken from the queue is its soonest).
     */
    private static Map<DecisionPoint, Integer> earliestOpening(Scenario scenario) {
        Map<DecisionPoint, Integer> opens = new HashMap<>();
        PriorityQueue<Map.Entry<DecisionPoint, Integer>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
        if (scenario.getStart() != null) {
            queue.add(Map.entry(scenario.getStart(), 0));
        }
        for (TimedEvent event : scenario.getTimedEvents()) {
            int fires = event.isSetAt() ? event.getAt() : 0;
            for (Consequence consequence : event.getConsequences()) {
                if (consequence instanceof OpenDecisionPoint open) {
                    open.getDecisionPoints().forEach(p -> queue.add(Map.entry(p, fires + consequence.getDelay())));
                }
            }
        }
        while (!queue.isEmpty()) {
            Map.Entry<DecisionPoint, Integer> next = queue.poll();
            if (opens.putIfAbsent(next.getKey(), next.getValue()) != null) {
                continue;
            }
            int at = next.getValue();
            for (Action action : next.getKey().getActions()) {
                action.getNext().forEach(p -> queue.add(Map.entry(p, at)));
                for (Consequence consequence : action.getConsequences()) {
                    if (consequence instanceof OpenDecisionPoint open) {
                        int when = at + action.getCost() + consequence.getDelay();
                        open.getDecisionPoints().forEach(p -> queue.add(Map.entry(p, when)));
                    }
                }
            }
        }
        return opens;
    }

    private static String days(int minutes) {
        return NLS.bind(Messages.Retention_days, Integer.toString(minutes / ClockPolicy.MINUTES_PER_DAY),
                Integer.toString(minutes % ClockPolicy.MINUTES_PER_DAY / 60));
    }

    private static String cause(DataItem item) {
        if (item.isSetDeletionAt()) {
            return Messages.Retention_byDeletionTime;
        }
        RetentionPolicy policy = policy(item);
        String holder = item.getHolder() == null ? "-" : item.getHolder().getName(); //$NON-NLS-1$
        return NLS.bind(Messages.Retention_byPolicy, new Object[] { holder, Integer.toString(policy.getDays()),
                policy.getCategory().getLiteral() });
    }
}
