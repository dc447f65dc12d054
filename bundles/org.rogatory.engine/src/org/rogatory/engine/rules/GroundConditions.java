package org.rogatory.engine.rules;

import java.util.List;
import java.util.Optional;

import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.model.scenario.DomesticOffence;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.DeclarationTopics;
import org.rogatory.treaty.FactEntry;
import org.rogatory.treaty.RefusalGroundEntry;

/**
 * The case facts some allowed grounds depend on. A dual-criminality ground is open only when the conduct is not a
 * crime under the trainee's own law (judged by the conduct, whatever the offence is called there), and the
 * preservation reservation reaches only offences outside the Convention. A ground the Convention allows can still be
 * wrongly invoked, and this is where the engine notices it.
 */
final class GroundConditions {

    private static final String MLA_DUAL_CRIMINALITY = "dual-criminality-absent"; //$NON-NLS-1$
    private static final String BY_CONDUCT = "dual-criminality-by-conduct"; //$NON-NLS-1$

    private GroundConditions() {
    }

    /** The problem with relying on an allowed ground in this case, or empty when its conditions hold. */
    static Optional<GroundProblem> check(ConventionKnowledgeBase knowledgeBase, RuleContext context,
            RefusalGroundEntry ground) {
        boolean reservation = ground.requiresReservation()
                && DeclarationTopics.PRESERVATION_DUAL_CRIMINALITY.equals(ground.declarationTopic());
        if (!reservation && !MLA_DUAL_CRIMINALITY.equals(ground.key())) {
            return Optional.empty();
        }
        State home = context.requestingState();
        List<Offence> offences = OffenceFacts.concerned(context).stream().filter(o -> o.getConduct() != null)
                .toList();
        Citations citations = new Citations().add(ground.citation());
        for (Offence offence : offences) {
            if (reservation && OffenceFacts.isConventionOffence(offence)) {
                return Optional.of(new GroundProblem(ground.label(),
                        Texts.bind(Messages.Refusal_reservationConventionOffence, Names.of(offence)), citations));
            }
            List<DomesticOffence> covering = OffenceFacts.coveringOffences(home, offence.getConduct());
            if (!covering.isEmpty()) {
                String domestic = Names.join(covering.stream()
                        .map(d -> d.getName() == null ? d.getId() : d.getName()).toList());
                knowledgeBase.fact(BY_CONDUCT).flatMap(FactEntry::citation).ifPresent(citations::add);
                return Optional.of(new GroundProblem(ground.label(),
                        Texts.bind(Messages.Refusal_dualCriminalityMet, domestic), citations));
            }
        }
        return Optional.empty();
    }
}
