package org.rogatory.engine.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.internal.session.ScenarioIndex;
import org.rogatory.engine.session.SessionView.Deadline;
import org.rogatory.engine.session.SessionView.EvidenceView;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Scenario;

/**
 * What the session knows about the data a decision concerns: whether it is at risk, when it will be deleted, and
 * whether a preservation is already under way. Channel and timeliness rules judge speed against these facts, so the
 * same answer is given to both.
 */
final class DataFacts {

    /** The measures that keep data from deletion until a formal request can reach it. */
    static final List<Instrument> PRESERVING = List.of(Instrument.PRESERVATION_REQUEST,
            Instrument.PRESERVATION_ORDER, Instrument.TRAFFIC_DATA_PRESERVATION_AND_PARTIAL_DISCLOSURE);

    private DataFacts() {
    }

    /** The data items the action concerns, as the session saw them before the decision. */
    static List<EvidenceView> concerned(RuleContext context) {
        return context.action().getDataItems().stream().map(item -> context.before().evidence(item.getId()))
                .flatMap(Optional::stream).toList();
    }

    /** Whether any data item the action concerns is still there but will be deleted at a known minute. */
    static boolean anyAtRisk(RuleContext context) {
        return concerned(context).stream().anyMatch(DataFacts::threatened);
    }

    /** Whether the item is at risk of deletion at a known minute. */
    static boolean threatened(EvidenceView view) {
        return view.status() == EvidenceStatus.AT_RISK && view.deadlineKind() == Deadline.DELETION
                && view.deadline() >= 0;
    }

    /** The scenario's data item with this id, to name it in an explanation. */
    static Optional<DataItem> item(RuleContext context, String id) {
        return context.scenario().getDataItems().stream().filter(d -> id.equals(d.getId())).findFirst();
    }

    /**
     * The scenario's action with this id, wherever it is offered. Rules look up every action taken so far at every
     * decision, so the scenario's index is kept in the memory (see {@link RuleContext#remember}) rather than asked of
     * the shared, locked registry each time; the index answers as the model does (it checks every hit).
     */
    static Optional<Action> action(RuleContext context, String id) {
        Scenario scenario = context.scenario();
        return context.remember(new IndexQuestion(scenario), () -> ScenarioIndex.of(scenario)).find(scenario, id);
    }

    /** The question "what is the index of this scenario", as a key of the memory. */
    private record IndexQuestion(Scenario scenario) {
    }

    /**
     * The actions taken before this decision, each once, in the order first taken. Several rules go through them,
     * some once per data item, so they are looked up once per decision (see {@link RuleContext#rememberForDecision}).
     */
    static Collection<Action> taken(RuleContext context) {
        return context.rememberForDecision(TakenQuestion.INSTANCE, () -> {
            Set<Action> taken = new LinkedHashSet<>();
            for (String id : context.before().takenActions()) {
                action(context, id).ifPresent(taken::add);
            }
            return Collections.unmodifiableSet(taken);
        });
    }

    /** The question "which actions were taken before this decision", as a key for one decision. */
    private enum TakenQuestion {
        INSTANCE
    }

    /** Whether an earlier decision already asked to preserve the item, so its preservation is under way. */
    static boolean preservationUnderWay(RuleContext context, String itemId) {
        return taken(context).stream().anyMatch(a -> PRESERVING.contains(a.getInstrument())
                && a.getDataItems().stream().anyMatch(d -> itemId.equals(d.getId())));
    }

    /** An action the trainee could take now, other than this one, that would preserve data. */
    static Optional<Action> preservationAvailable(RuleContext context) {
        return context.before().availableActions().stream().filter(id -> !id.equals(context.action().getId()))
                .map(id -> action(context, id)).flatMap(Optional::stream)
                .filter(a -> PRESERVING.contains(a.getInstrument())).findFirst();
    }
}
