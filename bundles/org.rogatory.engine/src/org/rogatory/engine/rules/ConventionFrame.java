package org.rogatory.engine.rules;

import java.util.Optional;

import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.LegalBasis;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.model.InstrumentKind;
import org.rogatory.treaty.model.InstrumentLevel;
import org.rogatory.treaty.rules.RulesBetweenStates;

/**
 * The Convention as it bears on one request: the instrument, the two States and the rules the knowledge base states
 * between them. Most rule families ask the same questions first (is this a Convention measure, does the trainee rely
 * on the Convention, does it bind both States), so they share this view instead of repeating the lookups.
 * <p>
 * An action that names no legal basis is judged as relying on the Convention, because that is what the simulator
 * trains; an action that names another basis (a bilateral treaty, reciprocity, domestic law) is outside the
 * Convention's rules, and the Convention-specific families stay silent on it.
 */
final class ConventionFrame {

    private final Action action;
    private final InstrumentEntry instrument;
    private final KnownRules rules;
    private final State requesting;
    private final State requested;

    private ConventionFrame(Action action, InstrumentEntry instrument, KnownRules rules, State requesting,
            State requested) {
        this.action = action;
        this.instrument = instrument;
        this.rules = rules;
        this.requesting = requesting;
        this.requested = requested;
    }

    /**
     * The frame of a decision taken on the requesting side: the trainee's State asks, the action's target is asked.
     * Empty for responses of the requested side, for OTHER, and for an international instrument without a target.
     * <p>
     * Every rule family asks for it at every decision, so the first to ask works it out for all (see
     * {@link RuleContext#rememberForDecision}); the rules between the two States in it are remembered for the session
     * or the batch.
     */
    static Optional<ConventionFrame> forRequest(ConventionKnowledgeBase knowledgeBase, RulesBetweenStates service,
            RuleContext context) {
        Action action = context.action();
        State home = context.requestingState();
        return context.rememberForDecision(new FrameQuestion(knowledgeBase, action, home),
                () -> frameFor(knowledgeBase, service, context, action, home));
    }

    private static Optional<ConventionFrame> frameFor(ConventionKnowledgeBase knowledgeBase,
            RulesBetweenStates service, RuleContext context, Action action, State home) {
        Optional<InstrumentEntry> entry = knowledgeBase.instrument(action.getInstrument());
        if (entry.isEmpty() || home == null) {
            return Optional.empty();
        }
        State target = action.getTargetState();
        if (entry.get().level() == InstrumentLevel.INTERNATIONAL && target == null) {
            return Optional.empty();
        }
        return Optional.of(new ConventionFrame(action, entry.get(),
                rulesFor(knowledgeBase, service, context, entry.get().key(), home, target), home, target));
    }

    /**
     * The rules for an instrument between two States, worked out once per question and memory: they depend only on
     * the knowledge base, the instrument and the two States (their names, status, declarations and offences), and
     * every rule family asks for them. Services over the same knowledge base give the same rules.
     */
    private static KnownRules rulesFor(ConventionKnowledgeBase knowledgeBase, RulesBetweenStates service,
            RuleContext context, String key, State requesting, State requested) {
        return context.remember(new RulesQuestion(knowledgeBase, key, requesting, requested),
                () -> new KnownRules(service.rulesFor(key, requesting, requested)));
    }

    /** The question "which rules apply to this instrument between these States", as a key of the memory. */
    private record RulesQuestion(ConventionKnowledgeBase knowledgeBase, String instrumentKey, State requesting,
            State requested) {
    }

    /** The question "what is the frame of this action, played from this home State", as a key. */
    private record FrameQuestion(ConventionKnowledgeBase knowledgeBase, Action action, State home) {
    }

    /**
     * The frame of a request the trainee's State received and now answers: the action's target asked, the
     * trainee's State is asked. Empty when the target is missing or is the trainee's own State.
     */
    static Optional<ConventionFrame> forAnswer(ConventionKnowledgeBase knowledgeBase, RulesBetweenStates service,
            RuleContext context, InstrumentEntry answered) {
        State home = context.requestingState();
        State target = context.requestedState();
        if (home == null || target == null || target == home) {
            return Optional.empty();
        }
        return Optional.of(new ConventionFrame(context.action(), answered,
                rulesFor(knowledgeBase, service, context, answered.key(), target, home), target, home));
    }

    /** Whether the action relies on the Convention: it says so, or it names no other legal basis. */
    static boolean reliesOnConvention(Action action) {
        LegalBasis basis = action.getLegalBasis();
        return basis == LegalBasis.NONE || basis == LegalBasis.CONVENTION;
    }

    InstrumentEntry instrument() {
        return instrument;
    }

    KnownRules rules() {
        return rules;
    }

    State requesting() {
        return requesting;
    }

    State requested() {
        return requested;
    }

    /** Whether the trainee relies on the Convention for this action. */
    boolean reliesOnConvention() {
        return reliesOnConvention(action);
    }

    /** Whether the Convention's rules decide this action: it is relied on and binds both States. */
    boolean governs() {
        return reliesOnConvention() && rules.conventionApplies();
    }

    /** Whether the instrument is a Convention measure between two different States. */
    boolean isInternationalMeasure() {
        return instrument.kind() == InstrumentKind.LEGAL_MEASURE && instrument.level() == InstrumentLevel.INTERNATIONAL
                && requested != null && requested != requesting;
    }
}
