package org.rogatory.engine.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.evaluation.Rule;
import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.engine.rules.OffenceFacts.Standing;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.State;
import org.rogatory.model.scenario.Urgency;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.ProvisionEntry;
import org.rogatory.treaty.Threshold;

/**
 * Powers that reach into private communications must stay proportionate (human rights, conditions and safeguards):
 * intercepting content or collecting traffic data in real time is not justified for a minor offence that is neither
 * a Convention offence nor a serious crime. Emergency disclosure skips the usual steps, so it is lawful only in a
 * real emergency: a significant and imminent risk to a person's life or safety. Both bear on rights, whatever the
 * legal basis relied on.
 */
public final class SafeguardsRule implements Rule {

    private static final Set<Instrument> INTRUSIVE = EnumSet.of(Instrument.INTERCEPTION,
            Instrument.REAL_TIME_COLLECTION, Instrument.MLA_INTERCEPTION, Instrument.MLA_REAL_TIME_COLLECTION);
    private static final String HUMAN_RIGHTS = "a6-human-rights-law"; //$NON-NLS-1$
    private static final String PROPORTIONALITY = "a24-safeguards"; //$NON-NLS-1$
    private static final String EMERGENCY = "a2-emergency"; //$NON-NLS-1$

    private final ConventionKnowledgeBase knowledgeBase;

    /** Creates the rule over the knowledge base that holds the safeguards and the definition of an emergency. */
    public SafeguardsRule(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public String id() {
        return "safeguards"; //$NON-NLS-1$
    }

    @Override
    public Optional<Finding> check(RuleContext context) {
        Instrument instrument = context.action().getInstrument();
        if (instrument == Instrument.EMERGENCY_DISCLOSURE_REQUEST) {
            return Optional.of(emergency(context));
        }
        return INTRUSIVE.contains(instrument) ? proportionality(context) : Optional.empty();
    }

    private Optional<Finding> proportionality(RuleContext context) {
        State home = context.requestingState();
        Threshold serious = knowledgeBase.thresholds().seriousCrime();
        List<Offence> offences = OffenceFacts.concerned(context).stream().filter(o -> o.getConduct() != null)
                .toList();
        Optional<Offence> best = OffenceFacts.best(offences, home, serious.months());
        if (best.isEmpty()) {
            return Optional.empty();
        }
        Citations citations = new Citations().add(provision(HUMAN_RIGHTS)).add(provision(PROPORTIONALITY));
        Offence offence = best.get();
        Standing standing = OffenceFacts.standing(offence, home, serious.months());
        if (standing != Standing.NEITHER) {
            String what = standing == Standing.CONVENTION_OFFENCE ? Messages.Standing_conventionOffence
                    : Messages.Standing_seriousCrime;
            return Optional.of(new Finding(id(), Criteria.RIGHTS, Outcome.MET,
                    Texts.bind(Messages.Safeguards_proportionate, Names.of(offence), what), citations.list()));
        }
        return Optional.of(new Finding(id(), Criteria.RIGHTS, Outcome.BREACHED,
                Texts.bind(Messages.Safeguards_disproportionate, Names.of(offence),
                        OffenceFacts.penaltySentence(home, offence.getConduct())),
                citations.add(serious.citation()).list()));
    }

    private Finding emergency(RuleContext context) {
        Citations citations = new Citations().add(provision(EMERGENCY));
        knowledgeBase.instrument(Instrument.EMERGENCY_DISCLOSURE_REQUEST).flatMap(InstrumentEntry::citation)
                .ifPresent(citations::add);
        if (context.action().getUrgency() == Urgency.EMERGENCY) {
            return new Finding(id(), Criteria.RIGHTS, Outcome.MET, Messages.Safeguards_emergency, citations.list());
        }
        return new Finding(id(), Criteria.RIGHTS, Outcome.BREACHED, Messages.Safeguards_noEmergency,
                citations.list());
    }

    private Optional<org.rogatory.treaty.Citation> provision(String key) {
        return knowledgeBase.provision(key).map(ProvisionEntry::citation);
    }
}
