package org.rogatory.engine.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.evaluation.Rule;
import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.model.scenario.Offence;
import org.rogatory.treaty.Citation;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.FactEntry;
import org.rogatory.treaty.Threshold;
import org.rogatory.treaty.rules.ApplicableRule;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RuleSubjects;
import org.rogatory.treaty.rules.RulesBetweenStates;

/**
 * Whether the conduct must be a crime in both States differs by measure, and trainees confuse the three answers:
 * preservation does not need it (unless the requested State made the reservation for non-Convention offences), MLA
 * may be declined without it, and extradition needs it together with a minimum penalty in both States. The test is
 * always the conduct, looked up in each State's own offences, never the offence's name.
 */
public final class DualCriminalityRule implements Rule {

    private static final String BY_CONDUCT = "dual-criminality-by-conduct"; //$NON-NLS-1$

    private final ConventionKnowledgeBase knowledgeBase;
    private final RulesBetweenStates rulesBetweenStates;

    /** Creates the rule over the knowledge base that states the dual-criminality regime of each measure. */
    public DualCriminalityRule(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        this.rulesBetweenStates = new RulesBetweenStates(knowledgeBase);
    }

    @Override
    public String id() {
        return "dual-criminality"; //$NON-NLS-1$
    }

    @Override
    public Optional<Finding> check(RuleContext context) {
        Optional<ConventionFrame> frame = ConventionFrame.forRequest(knowledgeBase, rulesBetweenStates, context)
                .filter(f -> f.governs() && f.isInternationalMeasure());
        Optional<ApplicableRule> regime = frame
                .flatMap(f -> f.rules().find(RuleKind.DUAL_CRIMINALITY, RuleSubjects.DUAL_CRIMINALITY));
        List<Offence> offences = OffenceFacts.concerned(context).stream().filter(o -> o.getConduct() != null)
                .toList();
        if (regime.isEmpty() || offences.isEmpty()) {
            return Optional.empty();
        }
        ConventionFrame f = frame.get();
        ApplicableRule rule = regime.get();
        return switch (rule.effect()) {
            case NOT_REQUIRED -> Optional.of(finding(Outcome.MET,
                    Texts.bind(Messages.DualCriminality_notRequired, Names.of(f.requested())),
                    new Citations().add(rule.citation())));
            case MAY_DECLINE -> best(offences,
                    o -> reserved(f) ? underReservation(f, rule, o) : mayDecline(f, rule, o));
            case REQUIRED -> best(offences, o -> extradition(f, rule, o));
            default -> Optional.empty();
        };
    }

    private static boolean reserved(ConventionFrame frame) {
        return frame.instrument().dualCriminality()
                .rule() == org.rogatory.treaty.model.DualCriminalityRule.NOT_REQUIRED_UNLESS_RESERVED;
    }

    private Finding underReservation(ConventionFrame frame, ApplicableRule rule, Offence offence) {
        String requested = Names.of(frame.requested());
        Citations citations = new Citations().add(rule.citation());
        if (OffenceFacts.isConventionOffence(offence)) {
            return finding(Outcome.MET,
                    Texts.bind(Messages.DualCriminality_reservationNotConcerned, requested, Names.of(offence)),
                    citations);
        }
        if (OffenceFacts.isCrimeIn(frame.requested(), offence.getConduct())) {
            return finding(Outcome.MET, Texts.bind(Messages.DualCriminality_reservationMet, requested), citations);
        }
        return finding(Outcome.WEAKER,
                Texts.bind(Messages.DualCriminality_reservationMayRefuse, requested, Names.of(offence)), citations);
    }

    private Finding mayDecline(ConventionFrame frame, ApplicableRule rule, Offence offence) {
        String requested = Names.of(frame.requested());
        Citations citations = new Citations().add(rule.citation()).add(byConduct());
        if (OffenceFacts.isCrimeIn(frame.requested(), offence.getConduct())) {
            return finding(Outcome.MET,
                    Texts.bind(Messages.DualCriminality_conductIsCrime, requested, Names.of(offence)), citations);
        }
        return finding(Outcome.WEAKER, Texts.bind(Messages.DualCriminality_mayDecline, requested, Names.of(offence)),
                citations);
    }

    private Finding extradition(ConventionFrame frame, ApplicableRule rule, Offence offence) {
        Threshold minimum = knowledgeBase.thresholds().extraditionMinimum();
        Citations citations = new Citations().add(rule.citation()).add(minimum.citation()).add(byConduct());
        int months = minimum.months();
        boolean home = OffenceFacts.punishableBy(frame.requesting(), offence.getConduct(), months);
        boolean abroad = OffenceFacts.punishableBy(frame.requested(), offence.getConduct(), months);
        if (home && abroad) {
            return finding(Outcome.MET, Texts.bind(Messages.DualCriminality_extraditable, Integer.toString(months)),
                    citations);
        }
        if (!OffenceFacts.isCrimeIn(frame.requested(), offence.getConduct())) {
            return finding(Outcome.BREACHED, Texts.bind(Messages.DualCriminality_extraditionNotCrime,
                    Names.of(frame.requested()), Names.of(offence)), citations);
        }
        return finding(Outcome.BREACHED,
                Texts.bind(Messages.DualCriminality_belowThreshold,
                        new Object[] { Integer.toString(months),
                                OffenceFacts.penaltySentence(frame.requesting(), offence.getConduct()),
                                OffenceFacts.penaltySentence(frame.requested(), offence.getConduct()) }),
                citations);
    }

    /** Where the Convention says that dual criminality is judged by the conduct. */
    private Optional<Citation> byConduct() {
        return knowledgeBase.fact(BY_CONDUCT).flatMap(FactEntry::citation);
    }

    /** The most favourable finding over the offences: a request may rest on any offence that qualifies. */
    private static Optional<Finding> best(List<Offence> offences, Function<Offence, Finding> judge) {
        return offences.stream().map(judge).min(Comparator.comparing(Finding::outcome));
    }

    private Finding finding(Outcome outcome, String explanation, Citations citations) {
        return new Finding(id(), Criteria.LEGALITY, outcome, explanation, citations.list());
    }
}
