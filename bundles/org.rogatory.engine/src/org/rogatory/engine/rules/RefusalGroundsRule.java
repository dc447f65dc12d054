package org.rogatory.engine.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.evaluation.Rule;
import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.treaty.Citation;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.FactEntry;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.RefusalGroundEntry;
import org.rogatory.treaty.rules.ApplicableRule;
import org.rogatory.treaty.rules.RuleEffect;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RuleSubjects;
import org.rogatory.treaty.rules.RulesBetweenStates;

/**
 * On the requested side, the trainee decides whether to refuse, postpone or set conditions, and on which ground. The
 * Convention lets a State rely on some grounds (essential interests, discrimination) and excludes others (fiscal
 * nature alone, bank secrecy, a political-offence ground the UN text does not have); for preservation the list is
 * closed. A refusal also needs a reason, and a dual-criminality ground fails when the conduct is a crime at home.
 */
public final class RefusalGroundsRule implements Rule {

    private static final Set<Instrument> RESPONSES = EnumSet.of(Instrument.REFUSE, Instrument.POSTPONE,
            Instrument.EXECUTE_WITH_CONDITIONS);
    private static final String REASONS_REQUIRED = "refusal-reasons-required"; //$NON-NLS-1$
    /** Nationality depends on the person, so {@link ExtraditionRule} judges it, not this rule. */
    private static final String OWN_NATIONAL = "own-national"; //$NON-NLS-1$

    private final ConventionKnowledgeBase knowledgeBase;
    private final RulesBetweenStates rulesBetweenStates;

    /** Creates the rule over the knowledge base that says which grounds each measure allows. */
    public RefusalGroundsRule(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        this.rulesBetweenStates = new RulesBetweenStates(knowledgeBase);
    }

    @Override
    public String id() {
        return "refusal-grounds"; //$NON-NLS-1$
    }

    @Override
    public Optional<Finding> check(RuleContext context) {
        Instrument response = context.action().getInstrument();
        if (!RESPONSES.contains(response) || !ConventionFrame.reliesOnConvention(context.action())) {
            return Optional.empty();
        }
        if (context.action().getGrounds().isEmpty()) {
            return response == Instrument.EXECUTE_WITH_CONDITIONS ? Optional.empty()
                    : Optional.of(new Finding(id(), Criteria.LEGALITY, Outcome.BREACHED, Messages.Refusal_noReasons,
                            new Citations().add(fact(REASONS_REQUIRED)).list()));
        }
        Optional<InstrumentEntry> answered = AnsweredRequest.of(knowledgeBase, context.action());
        Optional<ConventionFrame> frame = answered.flatMap(a -> ConventionFrame.forAnswer(knowledgeBase,
                rulesBetweenStates, context, a));
        if (frame.isPresent() && !frame.get().rules().conventionApplies()) {
            return Optional.empty();
        }
        List<GroundProblem> problems = new ArrayList<>();
        List<RefusalGroundEntry> allowed = new ArrayList<>();
        for (String key : context.action().getGrounds()) {
            if (OWN_NATIONAL.equals(key)) {
                continue;
            }
            Optional<RefusalGroundEntry> ground = knowledgeBase.refusalGround(key);
            Optional<RuleEffect> effect = ground.flatMap(g -> effect(context, frame, answered, g));
            if (ground.isEmpty() || effect.isEmpty()) {
                continue;
            }
            Optional<GroundProblem> problem = judge(context, frame, answered, ground.get(), effect.get());
            problem.ifPresentOrElse(problems::add, () -> allowed.add(ground.get()));
        }
        if (!problems.isEmpty()) {
            return Optional.of(breached(problems));
        }
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        Citations citations = new Citations();
        allowed.forEach(g -> citations.add(g.citation()));
        String labels = Names.joinPhrases(allowed.stream().map(g -> Names.inSentence(g.label())).toList());
        String template = switch (response) {
            case POSTPONE -> Messages.Refusal_postponeAllowed;
            case EXECUTE_WITH_CONDITIONS -> Messages.Refusal_conditionsAllowed;
            default -> Messages.Refusal_allowed;
        };
        return Optional.of(new Finding(id(), Criteria.LEGALITY, Outcome.MET, Texts.bind(template, labels),
                citations.list()));
    }

    /**
     * What the Convention says about the ground for the request answered: the rule between the two States where the
     * request is known, the ground's own permission otherwise. A ground outside a closed list comes back as
     * {@link RuleEffect#NO_TREATY_BASIS}. Empty when the answered measure does not list the ground and its list is
     * open, so the knowledge base says nothing either way.
     */
    private Optional<RuleEffect> effect(RuleContext context, Optional<ConventionFrame> frame,
            Optional<InstrumentEntry> answered, RefusalGroundEntry ground) {
        Optional<ApplicableRule> rule = frame.flatMap(f -> f.rules().find(RuleKind.REFUSAL_GROUND, ground.key()));
        if (rule.isPresent()) {
            return Optional.of(rule.get().effect());
        }
        boolean listed = answered.isPresent()
                && answered.get().refusalGrounds().stream().anyMatch(g -> g.key().equals(ground.key()));
        if (answered.isPresent() && !listed) {
            return answered.get().refusalListClosed() ? Optional.of(RuleEffect.NO_TREATY_BASIS) : Optional.empty();
        }
        if (ground.requiresReservation()) {
            boolean declared = context.requestingState() != null && context.requestingState().getDeclarations()
                    .stream().anyMatch(d -> ground.declarationTopic().equals(d.getTopic()));
            return Optional.of(declared ? RuleEffect.MAY_INVOKE : RuleEffect.MAY_NOT_INVOKE);
        }
        return Optional.of(ground.postponeOnly() ? RuleEffect.POSTPONE_ONLY
                : ground.mayInvoke() ? RuleEffect.MAY_INVOKE : RuleEffect.MAY_NOT_INVOKE);
    }

    private Optional<GroundProblem> judge(RuleContext context, Optional<ConventionFrame> frame,
            Optional<InstrumentEntry> answered, RefusalGroundEntry ground, RuleEffect effect) {
        String label = ground.label();
        Citations citations = new Citations().add(ground.citation());
        return switch (effect) {
            case MAY_INVOKE -> GroundConditions.check(knowledgeBase, context, ground);
            case POSTPONE_ONLY -> context.action().getInstrument() == Instrument.REFUSE
                    ? Optional.of(new GroundProblem(label, Texts.bind(Messages.Refusal_postponeOnly, label),
                            citations))
                    : Optional.empty();
            case NO_TREATY_BASIS -> Optional.of(new GroundProblem(label,
                    Texts.bind(Messages.Refusal_closedList, label), closedListCitation(frame, answered)));
            default -> Optional.of(new GroundProblem(label, notAllowed(ground), citations));
        };
    }

    private String notAllowed(RefusalGroundEntry ground) {
        if (ground.requiresReservation()) {
            return Texts.bind(Messages.Refusal_noReservation, ground.label());
        }
        List<String> instead = ground.reframeAs().stream().map(knowledgeBase::refusalGround)
                .flatMap(Optional::stream).map(g -> Names.inSentence(g.label())).toList();
        return instead.isEmpty() ? Texts.bind(Messages.Refusal_notAllowed, ground.label())
                : Texts.bind(Messages.Refusal_notAllowedReframe, ground.label(), Names.joinPhrases(instead));
    }

    private static Citations closedListCitation(Optional<ConventionFrame> frame, Optional<InstrumentEntry> answered) {
        Citations citations = new Citations();
        frame.flatMap(f -> f.rules().find(RuleKind.REFUSAL_GROUND, RuleSubjects.OTHER_GROUNDS))
                .ifPresentOrElse(r -> citations.add(r.citation()),
                        () -> answered.flatMap(InstrumentEntry::citation).ifPresent(citations::add));
        return citations;
    }

    private Finding breached(List<GroundProblem> problems) {
        Citations citations = new Citations();
        problems.forEach(p -> citations.addAll(p.citations()));
        String explanation = problems.get(0).explanation();
        if (problems.size() > 1) {
            List<String> others = problems.subList(1, problems.size()).stream()
                    .map(p -> Names.inSentence(p.ground())).toList();
            explanation = Texts.bind(Messages.Refusal_moreProblems, explanation, Names.joinPhrases(others));
        }
        return new Finding(id(), Criteria.LEGALITY, Outcome.BREACHED, explanation, citations.list());
    }

    private Optional<Citation> fact(String key) {
        return knowledgeBase.fact(key).flatMap(FactEntry::citation);
    }
}
