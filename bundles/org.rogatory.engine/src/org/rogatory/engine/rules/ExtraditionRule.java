package org.rogatory.engine.rules;

import java.util.List;
import java.util.Optional;

import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.evaluation.Rule;
import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Person;
import org.rogatory.model.scenario.State;
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
 * Extradition turns on nationality more than on any other fact. A State that does not extradite its nationals will
 * refuse, so the requesting side does better to ask it to prosecute (aut dedere aut judicare). On the requested side,
 * nationality is a ground only for the State's own nationals, and refusing on it alone brings the duty to submit the
 * case to the State's own prosecutors when asked, which prosecuting at home fulfils.
 */
public final class ExtraditionRule implements Rule {

    private static final String OWN_NATIONAL = "own-national"; //$NON-NLS-1$
    private static final String AUT_DEDERE = "aut-dedere-nationality-only"; //$NON-NLS-1$

    private final ConventionKnowledgeBase knowledgeBase;
    private final RulesBetweenStates rulesBetweenStates;

    /** Creates the rule over the knowledge base that states the rules on extraditing nationals. */
    public ExtraditionRule(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        this.rulesBetweenStates = new RulesBetweenStates(knowledgeBase);
    }

    @Override
    public String id() {
        return "extradition"; //$NON-NLS-1$
    }

    @Override
    public Optional<Finding> check(RuleContext context) {
        return switch (context.action().getInstrument()) {
            case EXTRADITION_REQUEST, PROVISIONAL_ARREST_REQUEST -> request(context);
            case REFUSE -> refusal(context);
            case PROSECUTE_DOMESTICALLY -> prosecution(context);
            default -> Optional.empty();
        };
    }

    /** The requesting side: will the requested State's rule on nationals stop the request? */
    private Optional<Finding> request(RuleContext context) {
        Optional<ConventionFrame> frame = ConventionFrame.forRequest(knowledgeBase, rulesBetweenStates, context)
                .filter(f -> f.governs() && f.isInternationalMeasure());
        Optional<ApplicableRule> nationals = frame
                .flatMap(f -> f.rules().find(RuleKind.EXTRADITION_OF_NATIONALS, RuleSubjects.NATIONALS));
        List<Person> persons = context.action().getPersons();
        if (nationals.isEmpty() || persons.isEmpty()) {
            return Optional.empty();
        }
        State requested = frame.get().requested();
        String name = Names.of(requested);
        Citations citations = new Citations().add(nationals.get().citation());
        if (nationals.get().effect() == RuleEffect.ALLOWED) {
            return Optional.of(new Finding(id(), Criteria.LEGALITY, Outcome.MET,
                    Texts.bind(Messages.Extradition_nationalsExtradited, name), citations.list()));
        }
        Optional<Person> national = persons.stream().filter(p -> p.getNationalities().contains(requested))
                .findFirst();
        if (national.isEmpty()) {
            return Optional.of(new Finding(id(), Criteria.LEGALITY, Outcome.MET,
                    Texts.bind(Messages.Extradition_notANationalThere, Names.of(persons.get(0)), name),
                    citations.list()));
        }
        return Optional.of(new Finding(id(), Criteria.EFFICIENCY, Outcome.WEAKER,
                Texts.bind(Messages.Extradition_nationalWillBeRefused, Names.of(national.get()), name),
                citations.add(autDedere()).list()));
    }

    /** The requested side refuses: nationality is a ground only for its own nationals, and brings a duty. */
    private Optional<Finding> refusal(RuleContext context) {
        if (!context.action().getGrounds().contains(OWN_NATIONAL) || !ConventionFrame.reliesOnConvention(
                context.action())) {
            return Optional.empty();
        }
        State home = context.requestingState();
        Citations citations = new Citations();
        knowledgeBase.refusalGround(OWN_NATIONAL).map(RefusalGroundEntry::citation).ifPresent(citations::add);
        citations.add(autDedere());
        List<Person> persons = context.action().getPersons();
        if (!persons.isEmpty() && persons.stream().noneMatch(p -> p.getNationalities().contains(home))) {
            return Optional.of(new Finding(id(), Criteria.LEGALITY, Outcome.BREACHED,
                    Texts.bind(Messages.Extradition_refusedNonNational, Names.of(persons.get(0))), citations.list()));
        }
        return Optional.of(new Finding(id(), Criteria.LEGALITY, Outcome.MET, Messages.Extradition_refusedNational,
                citations.list()));
    }

    /** The requested side prosecutes its own national instead of extraditing: the duty fulfilled. */
    private Optional<Finding> prosecution(RuleContext context) {
        State home = context.requestingState();
        List<Person> persons = context.action().getPersons();
        if (!persons.isEmpty() && persons.stream().noneMatch(p -> p.getNationalities().contains(home))) {
            return Optional.empty();
        }
        Citations citations = new Citations();
        knowledgeBase.instrument(Instrument.PROSECUTE_DOMESTICALLY).flatMap(InstrumentEntry::citation)
                .ifPresent(citations::add);
        return Optional.of(new Finding(id(), Criteria.LEGALITY, Outcome.MET, Messages.Extradition_prosecutedAtHome,
                citations.add(autDedere()).list()));
    }

    private Optional<org.rogatory.treaty.Citation> autDedere() {
        return knowledgeBase.fact(AUT_DEDERE).flatMap(FactEntry::citation);
    }
}
