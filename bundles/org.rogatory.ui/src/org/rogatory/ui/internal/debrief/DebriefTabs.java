package org.rogatory.ui.internal.debrief;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.rogatory.engine.debrief.Debrief.CriterionScore;
import org.rogatory.engine.debrief.Debrief;
import org.rogatory.engine.debrief.DebriefText;
import org.rogatory.engine.session.SessionEvent;
import org.rogatory.ui.internal.Tables;

/**
 * The tables of the debrief besides the decisions: score by criterion, evidence secured and lost, the expert's path
 * (marking the steps the trainee also took) and the timeline.
 */
final class DebriefTabs {

    /** One piece of evidence and whether it was secured or lost. */
    record EvidenceRow(String evidence, boolean secured) {
    }

    /** One step of the expert's path, numbered, and whether the trainee took the same action. */
    record ReferenceRow(int step, Debrief.ReferenceEntry entry, boolean taken) {
    }

    private final TableViewer scores;
    private final Label total;
    private final TableViewer evidence;
    private final TableViewer reference;
    private final TableViewer timeline;

    /** Adds the score, evidence, expert path and timeline tabs to {@code tabs}, in that order. */
    DebriefTabs(TabFolder tabs) {
        Composite scoresPane = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(scoresPane);
        scores = Tables.create(scoresPane, Messages.Section_scores);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(Tables.holder(scores));
        Tables.column(scores, Messages.Column_criterion, 70, 160, CriterionScore.class, CriterionScore::label);
        Tables.numeric(Tables.column(scores, Messages.Column_weight, 15, 70, CriterionScore.class,
                s -> Integer.toString(s.weight())));
        Tables.numeric(Tables.column(scores, Messages.Column_points, 15, 70, CriterionScore.class,
                s -> Integer.toString(s.points())));
        total = new Label(scoresPane, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(total);

        tab(tabs, Messages.Tab_scores, scoresPane);

        evidence = Tables.create(tabs, Messages.Section_evidence);
        Tables.column(evidence, Messages.Column_evidence, 75, 200, EvidenceRow.class, EvidenceRow::evidence);
        Tables.column(evidence, Messages.Column_outcome, 25, 90, new OutcomeLabels());

        tab(tabs, Messages.Tab_evidence, Tables.holder(evidence));

        reference = Tables.create(tabs, Messages.Section_reference);
        Tables.numeric(Tables.column(reference, Messages.Column_step, 0, 50, ReferenceRow.class,
                r -> Integer.toString(r.step())));
        Tables.column(reference, Messages.Column_action, 40, 180, ReferenceRow.class, r -> r.entry().action());
        Tables.column(reference, Messages.Column_rationale, 45, 200, ReferenceRow.class,
                r -> r.entry().rationale() == null ? "" : r.entry().rationale()); //$NON-NLS-1$
        Tables.column(reference, Messages.Column_taken, 15, 100, ReferenceRow.class,
                r -> r.taken() ? Messages.Taken_yes : Messages.Taken_no);

        tab(tabs, Messages.Tab_reference, Tables.holder(reference));

        timeline = Tables.create(tabs, Messages.Section_timeline);
        Tables.column(timeline, Messages.Column_time, 0, 110, SessionEvent.class, e -> DebriefText.clock(e.time()));
        Tables.column(timeline, Messages.Column_kind, 20, 120, SessionEvent.class, e -> DebriefWords.kind(e.kind()));
        Tables.column(timeline, Messages.Column_event, 80, 250, SessionEvent.class, SessionEvent::text);
        tab(tabs, Messages.Tab_timeline, Tables.holder(timeline));
    }

    static void tab(TabFolder tabs, String text, Control control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
    }

    void setInput(Debrief debrief) {
        scores.setInput(debrief.scores());
        total.setText(NLS.bind(Messages.Score_totalLine, DebriefWords.total(debrief.total())));
        List<EvidenceRow> rows = new ArrayList<>();
        debrief.evidenceSecured().forEach(e -> rows.add(new EvidenceRow(e, true)));
        debrief.evidenceLost().forEach(e -> rows.add(new EvidenceRow(e, false)));
        evidence.setInput(rows);
        Set<String> taken = debrief.decisions().stream().map(Debrief.DecisionEntry::actionId)
                .collect(Collectors.toSet());
        List<ReferenceRow> steps = new ArrayList<>();
        for (Debrief.ReferenceEntry entry : debrief.referencePath()) {
            steps.add(new ReferenceRow(steps.size() + 1, entry, taken.contains(entry.actionId())));
        }
        reference.setInput(steps);
        timeline.setInput(debrief.timeline());
    }

    List<TableViewer> viewers() {
        return List.of(scores, evidence, reference, timeline);
    }

    /** The Outcome column: "Secured" or "Lost", coloured for emphasis. */
    private static final class OutcomeLabels extends ColumnLabelProvider {

        @Override
        public String getText(Object element) {
            return ((EvidenceRow) element).secured() ? Messages.Outcome_secured : Messages.Outcome_lost;
        }

        @Override
        public Color getForeground(Object element) {
            Display display = Display.getCurrent();
            return display.getHighContrast() ? null
                    : display.getSystemColor(((EvidenceRow) element).secured() ? SWT.COLOR_DARK_GREEN
                            : SWT.COLOR_DARK_RED);
        }
    }
}
