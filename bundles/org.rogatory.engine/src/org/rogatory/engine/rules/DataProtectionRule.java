package org.rogatory.engine.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.evaluation.Rule;
import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.engine.session.SessionView.EvidenceView;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.ProvisionEntry;

/**
 * Evidence another State gave stays under that State's control: passing its data on to a third State needs the
 * giving State's prior authorisation (Art. 36), and using it for another case than the one it was given for needs its
 * prior consent (speciality, Art. 40). In a session, asking is an earlier CONSULT action addressed to that State.
 */
public final class DataProtectionRule implements Rule {

    private static final String ONWARD_TRANSFER = "a36-onward-transfer"; //$NON-NLS-1$
    private static final String SPECIALITY = "a40-speciality"; //$NON-NLS-1$

    private final ConventionKnowledgeBase knowledgeBase;

    /** Creates the rule over the knowledge base that holds the onward-transfer and speciality provisions. */
    public DataProtectionRule(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public String id() {
        return "data-protection"; //$NON-NLS-1$
    }

    @Override
    public Optional<Finding> check(RuleContext context) {
        Action action = context.action();
        for (DataItem item : action.getDataItems()) {
            State giver = item.getLocation();
            if (!receivedFromAbroad(context, item) || giver == null) {
                continue;
            }
            boolean asked = consulted(context, giver);
            State target = context.requestedState();
            if (target != null && target != giver && target != context.requestingState()) {
                return Optional.of(finding(asked, ONWARD_TRANSFER, asked ? Messages.DataProtection_onwardAuthorised
                        : Texts.bind(Messages.DataProtection_onwardUnauthorised,
                                new Object[] { Names.of(item), Names.of(giver), Names.of(target) })));
            }
            Optional<Offence> other = otherCase(context, item, giver);
            if (other.isPresent()) {
                return Optional.of(finding(asked, SPECIALITY, asked ? Messages.DataProtection_specialityAuthorised
                        : Texts.bind(Messages.DataProtection_specialityUnauthorised,
                                new Object[] { Names.of(item), Names.of(giver), Names.of(other.get()) })));
            }
        }
        return Optional.empty();
    }

    private Finding finding(boolean asked, String provision, String explanation) {
        List<String> citations = new Citations()
                .add(knowledgeBase.provision(provision).map(ProvisionEntry::citation)).list();
        return new Finding(id(), Criteria.RIGHTS, asked ? Outcome.MET : Outcome.BREACHED, explanation, citations);
    }

    /** Whether the item was disclosed to the trainee's State by the State where it is held. */
    private static boolean receivedFromAbroad(RuleContext context, DataItem item) {
        Optional<EvidenceView> view = context.before().evidence(item.getId());
        return view.isPresent() && view.get().status() == EvidenceStatus.DISCLOSED
                && item.getLocation() != context.requestingState();
    }

    /** Whether an earlier decision consulted {@code giver}: the way to ask for authorisation or consent. */
    private static boolean consulted(RuleContext context, State giver) {
        return taken(context).stream()
                .anyMatch(a -> a.getInstrument() == Instrument.CONSULT && a.getTargetState() == giver);
    }

    /**
     * An offence this action concerns that none of the requests which obtained the item from {@code giver} named;
     * empty when the obtaining requests named no offences (nothing to compare) or all are covered.
     */
    private static Optional<Offence> otherCase(RuleContext context, DataItem item, State giver) {
        Set<Offence> given = new HashSet<>();
        for (Action earlier : taken(context)) {
            if (earlier.getTargetState() == giver && earlier.getDataItems().contains(item)) {
                given.addAll(earlier.getOffences());
            }
        }
        if (given.isEmpty()) {
            return Optional.empty();
        }
        return context.action().getOffences().stream().filter(o -> !given.contains(o)).findFirst();
    }

    /** The actions taken before this decision, each once; the callers ask whether any of them qualifies. */
    private static Collection<Action> taken(RuleContext context) {
        return DataFacts.taken(context);
    }
}
