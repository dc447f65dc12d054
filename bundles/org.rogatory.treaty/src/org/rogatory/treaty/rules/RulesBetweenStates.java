package org.rogatory.treaty.rules;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.ScenarioVocabulary;
import org.rogatory.treaty.internal.rules.RuleCollector;
import org.rogatory.treaty.model.InstrumentLevel;

/**
 * Lists the rules of the Convention that apply when one State uses an instrument towards another: whether the
 * Convention binds both, scope, dual criminality, thresholds, channels (with the requested State's declarations),
 * request contents, refusal grounds and the extradition specifics. This is the API the engine's evaluator calls; it
 * states the law for the pair of States and leaves judging the trainee's choice to the engine.
 */
public final class RulesBetweenStates {

    private final ConventionKnowledgeBase knowledgeBase;

    /**
     * Creates the rule service.
     *
     * @param knowledgeBase the knowledge base the rules come from
     */
    public RulesBetweenStates(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = Objects.requireNonNull(knowledgeBase);
    }

    /**
     * The rules for an instrument between two States.
     *
     * @param instrumentKey the knowledge base instrument key, such as {@code international-preservation}
     * @param requesting the State that acts or asks
     * @param requested the State asked; may be null only for a domestic instrument or a decision
     * @return the rules, in a stable order
     * @throws IllegalArgumentException if the instrument does not exist, or an international instrument has no
     *             requested State
     */
    public RuleSet rulesFor(String instrumentKey, State requesting, State requested) {
        InstrumentEntry instrument = knowledgeBase.requireInstrument(instrumentKey);
        Objects.requireNonNull(requesting, "requesting"); //$NON-NLS-1$
        if (requested == null && instrument.level() == InstrumentLevel.INTERNATIONAL) {
            throw new IllegalArgumentException(NLS.bind(Messages.Rules_requestedStateMissing, instrumentKey));
        }
        return new RuleSet(instrumentKey, new RuleCollector(knowledgeBase, instrument, requesting, requested).collect());
    }

    /**
     * The rules for an action's instrument literal between two States.
     *
     * @param instrument the literal of the scenario format
     * @param requesting the State that acts or asks
     * @param requested the State asked; may be null only for a domestic instrument or a decision
     * @return the rules, or empty for a literal that has no knowledge base instrument on purpose (the requested
     *         side's responses and OTHER, see {@link ScenarioVocabulary#unmappedInstruments()})
     */
    public Optional<RuleSet> rulesFor(Instrument instrument, State requesting, State requested) {
        return ScenarioVocabulary.instrumentKey(instrument).map(key -> rulesFor(key, requesting, requested));
    }
}
