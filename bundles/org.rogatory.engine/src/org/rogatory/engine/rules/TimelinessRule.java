package org.rogatory.engine.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.evaluation.Rule;
import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.engine.session.SessionView.Deadline;
import org.rogatory.engine.session.SessionView.EvidenceView;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Consequence;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.EvidenceStatusChange;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.InstrumentEntry;

/**
 * Electronic evidence disappears on the holder's schedule, not the investigator's. A formal request for data that
 * will be deleted before the answer can come, with nothing preserving it, loses the evidence when a preservation
 * request would have kept it; waiting while the deadline passes does the same. Preserving data that is still at
 * risk is the timely step. The rule judges only against choices the trainee actually had: a faster measure must be
 * among the actions available at the time.
 */
public final class TimelinessRule implements Rule {

    /** The formal requests that carry the follow-up of a preservation: they search, seize or disclose the data. */
    private static final Set<Instrument> FORMAL = Set.of(Instrument.MLA_STORED_DATA, Instrument.MLA_REQUEST);
    /** The statuses that mean a response has secured the data. */
    private static final Set<EvidenceStatus> SECURED = Set.of(EvidenceStatus.PRESERVED, EvidenceStatus.DISCLOSED,
            EvidenceStatus.SEIZED);

    private final ConventionKnowledgeBase knowledgeBase;

    /** Creates the rule over the knowledge base whose preservation measures it recommends. */
    public TimelinessRule(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public String id() {
        return "timeliness"; //$NON-NLS-1$
    }

    @Override
    public Optional<Finding> check(RuleContext context) {
        Instrument instrument = context.action().getInstrument();
        if (DataFacts.PRESERVING.contains(instrument)) {
            return preservation(context);
        }
        if (FORMAL.contains(instrument)) {
            return formalRequest(context);
        }
        return instrument == Instrument.WAIT ? waiting(context) : Optional.empty();
    }

    private Optional<Finding> preservation(RuleContext context) {
        if (!DataFacts.anyAtRisk(context)) {
            return Optional.empty();
        }
        return Optional.of(finding(Outcome.MET, Messages.Timeliness_preservedInTime,
                citation(context.action().getInstrument())));
    }

    private Optional<Finding> formalRequest(RuleContext context) {
        int now = context.before().now();
        int arrives = now + context.action().getCost();
        Optional<Action> faster = DataFacts.preservationAvailable(context);
        boolean inTime = false;
        for (EvidenceView view : DataFacts.concerned(context)) {
            boolean kept = view.status() == EvidenceStatus.AT_RISK || view.status() == EvidenceStatus.PRESERVED;
            if (kept && DataFacts.preservationUnderWay(context, view.id())) {
                inTime = true;
            } else if (DataFacts.threatened(view)) {
                boolean late = view.deadline() < answered(context.action(), view.id(), arrives);
                if (late && faster.isPresent()) {
                    return Optional.of(finding(Outcome.WEAKER, Texts.bind(Messages.Timeliness_tooSlow,
                            itemName(context, view.id())), citation(faster.get().getInstrument())));
                }
                // Late with no faster measure on offer: nothing better was possible, so nothing to judge.
                inTime |= !late;
            } else if (view.status() == EvidenceStatus.PRESERVED && view.deadlineKind() == Deadline.PRESERVATION_ENDS
                    && view.deadline() >= arrives) {
                inTime = true;
            }
        }
        return inTime ? Optional.of(finding(Outcome.MET, Messages.Timeliness_requestInTime,
                citation(context.action().getInstrument()))) : Optional.empty();
    }

    private Optional<Finding> waiting(RuleContext context) {
        int until = context.before().now() + context.action().getCost();
        Optional<Action> faster = DataFacts.preservationAvailable(context);
        if (faster.isEmpty()) {
            return Optional.empty();
        }
        List<String> lost = context.before().evidence().stream()
                .filter(v -> v.known() && DataFacts.threatened(v) && v.deadline() <= until
                        && !DataFacts.preservationUnderWay(context, v.id()))
                .map(v -> itemName(context, v.id())).toList();
        if (lost.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(finding(Outcome.WEAKER, Texts.bind(Messages.Timeliness_waitLoses, Names.join(lost)),
                citation(faster.get().getInstrument())));
    }

    /**
     * The minute the request secures the item: the earliest consequence of the action that preserves, discloses or
     * seizes it, else the minute the request arrives (the earliest it could be answered).
     */
    private static int answered(Action action, String itemId, int arrives) {
        int earliest = Integer.MAX_VALUE;
        for (Consequence consequence : action.getConsequences()) {
            if (consequence instanceof EvidenceStatusChange change && SECURED.contains(change.getStatus())
                    && change.getDataItems().stream().anyMatch(d -> itemId.equals(d.getId()))) {
                earliest = Math.min(earliest, arrives + change.getDelay());
            }
        }
        return earliest == Integer.MAX_VALUE ? arrives : earliest;
    }

    private static String itemName(RuleContext context, String id) {
        return DataFacts.item(context, id).map(Names::of).orElse(id);
    }

    private Citations citation(Instrument instrument) {
        return new Citations().add(knowledgeBase.instrument(instrument).flatMap(InstrumentEntry::citation));
    }

    private Finding finding(Outcome outcome, String explanation, Citations citations) {
        return new Finding(id(), Criteria.TIMELINESS, outcome, explanation, citations.list());
    }
}
