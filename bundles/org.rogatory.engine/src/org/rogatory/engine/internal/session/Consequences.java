package org.rogatory.engine.internal.session;

import org.rogatory.engine.internal.text.Texts;
import org.rogatory.engine.session.EndReason;
import org.rogatory.engine.session.SessionEvent.Kind;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Asset;
import org.rogatory.model.scenario.AssetStatusChange;
import org.rogatory.model.scenario.CloseDecisionPoint;
import org.rogatory.model.scenario.Consequence;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.Discoverable;
import org.rogatory.model.scenario.EndScenario;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.EvidenceStatusChange;
import org.rogatory.model.scenario.Identified;
import org.rogatory.model.scenario.Message;
import org.rogatory.model.scenario.OpenDecisionPoint;
import org.rogatory.model.scenario.Reveal;
import org.rogatory.model.scenario.ScoreEffect;
import org.rogatory.model.scenario.SetFlag;

/** Applies what an action or a timed event causes, once its minute has come and its condition holds. */
final class Consequences {

    private final SessionState state;
    private final Conditions conditions;
    private final LegalClock clock;

    Consequences(SessionState state, Conditions conditions, LegalClock clock) {
        this.state = state;
        this.conditions = conditions;
        this.clock = clock;
    }

    void apply(Consequence consequence, Action origin) {
        if (!conditions.holds(consequence.getOnlyIf())) {
            return;
        }
        if (consequence instanceof EvidenceStatusChange change) {
            change.getDataItems().forEach(item -> evidence(item, change.getStatus(), origin));
        } else if (consequence instanceof AssetStatusChange change) {
            for (Asset asset : change.getAssets()) {
                state.assets.put(asset, change.getStatus());
                state.log(Kind.ASSET, asset.getId(), Texts.bind(Messages.Consequence_assetStatus, asset.getName(),
                        change.getStatus().getLiteral()));
            }
        } else if (consequence instanceof Reveal reveal) {
            for (Discoverable target : reveal.getTargets()) {
                if (state.revealed.add(target)) {
                    state.log(Kind.REVEALED, target.getId(), Texts.bind(Messages.Consequence_revealed, nameOf(target)));
                }
            }
        } else if (consequence instanceof Message message) {
            state.log(Kind.MESSAGE, message.getId(), message.getSubject() + ": " + message.getText()); //$NON-NLS-1$
        } else if (consequence instanceof SetFlag set) {
            if (set.isValue()) {
                state.flags.add(set.getFlag());
            } else {
                state.flags.remove(set.getFlag());
            }
        } else if (consequence instanceof OpenDecisionPoint openPoints) {
            openPoints.getDecisionPoints().forEach(dp -> {
                if (state.open.add(dp)) {
                    state.log(Kind.DECISION_POINT, dp.getId(), dp.getTitle());
                }
            });
        } else if (consequence instanceof CloseDecisionPoint close) {
            close.getDecisionPoints().forEach(state.open::remove);
        } else if (consequence instanceof ScoreEffect effect) {
            state.scores.merge(effect.getCriterion().getId(), effect.getDelta(), Integer::sum);
        } else if (consequence instanceof EndScenario end) {
            state.ended = EndReason.SCENARIO_COMPLETED;
            state.log(Kind.ENDED, end.getId(), end.getEpilogue());
        } else {
            throw new IllegalStateException("unknown consequence type " + consequence.eClass().getName()); //$NON-NLS-1$
        }
    }

    private void evidence(DataItem item, EvidenceStatus status, Action origin) {
        if (state.evidence.get(item) == EvidenceStatus.LOST && status != EvidenceStatus.LOST) {
            state.log(Kind.EVIDENCE, item.getId(), Texts.bind(Messages.Consequence_tooLate, item.getName()));
            return;
        }
        state.evidence.put(item, status);
        state.log(Kind.EVIDENCE, item.getId(), Texts.bind(Messages.Consequence_evidenceStatus, item.getName(),
                status.getLiteral()));
        if (status == EvidenceStatus.PRESERVED) {
            clock.preserved(item, origin);
        } else {
            state.preservationEnds.remove(item);
        }
    }

    private static String nameOf(Identified element) {
        if (element instanceof org.rogatory.model.scenario.Evidence evidence) {
            return evidence.getName();
        }
        if (element instanceof org.rogatory.model.scenario.Actor actor) {
            return actor.getName();
        }
        return element.getId();
    }
}
