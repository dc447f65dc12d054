package org.rogatory.engine.debrief;

import java.util.ArrayList;
import java.util.List;

import org.rogatory.engine.internal.session.ScenarioIndex;
import org.rogatory.engine.session.Decision;
import org.rogatory.engine.session.SessionView;
import org.rogatory.engine.session.SessionView.EvidenceView;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Criterion;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.ReferenceStep;
import org.rogatory.model.scenario.Scenario;

/**
 * Turns the final state of a session into a {@link Debrief}. The total is the weighted mean of the points per rubric
 * criterion, so rubrics with different weights stay comparable across scenarios.
 */
public final class DebriefBuilder {

    private DebriefBuilder() {
    }

    /** Builds the debrief of the session whose final snapshot is {@code view}. */
    public static Debrief build(SessionView view) {
        Scenario scenario = view.scenario();
        List<Debrief.DecisionEntry> decisions = new ArrayList<>();
        for (Decision d : view.decisions()) {
            decisions.add(new Debrief.DecisionEntry(d.sequence(), d.time(), d.actionId(), label(scenario, d.actionId()),
                    d.evaluation().verdict(), d.evaluation().explanation(), d.evaluation().citations(),
                    d.input().requestElements()));
        }
        List<String> secured = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (EvidenceView e : view.evidence()) {
            if (e.status() == EvidenceStatus.LOST) {
                lost.add(name(scenario, e.id()));
            } else if (e.status() != EvidenceStatus.AT_RISK) {
                secured.add(name(scenario, e.id()) + " (" + e.status().getLiteral() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        List<Debrief.CriterionScore> scores = new ArrayList<>();
        long weighted = 0;
        long weights = 0;
        if (scenario.getRubric() != null) {
            for (Criterion c : scenario.getRubric().getCriteria()) {
                int points = view.scores().getOrDefault(c.getId(), 0);
                scores.add(new Debrief.CriterionScore(c.getId(), c.getLabel(), c.getWeight(), points));
                weighted += (long) points * c.getWeight();
                weights += c.getWeight();
            }
        }
        List<Debrief.ReferenceEntry> reference = new ArrayList<>();
        for (ReferenceStep step : scenario.getReferencePath()) {
            Action action = step.getAction();
            reference.add(new Debrief.ReferenceEntry(action == null ? "" : action.getId(), //$NON-NLS-1$
                    action == null ? "" : action.getLabel(), step.getRationale())); //$NON-NLS-1$
        }
        String ended = view.ended().map(Enum::name).orElse("IN_PROGRESS"); //$NON-NLS-1$
        double total = weights == 0 ? 0 : Math.round(weighted * 100.0 / weights) / 100.0;
        return new Debrief(scenario.getId(), scenario.getTitle(), ended, view.now(), decisions, view.timeline(), secured,
                lost, scores, total, reference);
    }

    private static String label(Scenario scenario, String actionId) {
        return ScenarioIndex.action(scenario, actionId).map(Action::getLabel).orElse(actionId);
    }

    private static String name(Scenario scenario, String dataItemId) {
        return scenario.getDataItems().stream().filter(d -> d.getId().equals(dataItemId)).map(DataItem::getName)
                .findFirst().orElse(dataItemId);
    }
}
