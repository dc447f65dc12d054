package org.rogatory.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rogatory.engine.session.Decision;
import org.rogatory.engine.session.SessionView.AssetView;
import org.rogatory.engine.session.SessionView.Deadline;
import org.rogatory.engine.session.SessionView.EvidenceView;
import org.rogatory.engine.session.SessionView;
import org.rogatory.model.query.ScenarioQuery;
import org.rogatory.model.scenario.Actor;
import org.rogatory.model.scenario.Asset;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.State;
import org.rogatory.ui.internal.Messages;
import org.rogatory.ui.internal.Tables;
import org.rogatory.ui.internal.play.CaseRun;

/**
 * Each data item and asset the trainee knows of: who holds it, in which State, its status, and how long until it is
 * deleted or its preservation ends. Deadlines within three days are marked, within one day urgently; the mark is a
 * word as well as a colour.
 */
public class EvidenceBoardView extends CaseView {

    /** Deadlines closer than this (simulated minutes) are urgent. */
    static final int URGENT = 24 * 60;
    /** Deadlines closer than this are marked as approaching. */
    static final int SOON = 3 * 24 * 60;

    private static final Color URGENT_BACKGROUND = new Color(255, 214, 214);
    private static final Color SOON_BACKGROUND = new Color(255, 236, 200);

    /**
     * One line of the board.
     *
     * @param name what it is
     * @param holder who holds it
     * @param state where it is
     * @param kind its category or asset kind
     * @param status its status
     * @param remaining minutes until its deadline, or -1 when nothing threatens it
     * @param deadline what the deadline means
     */
    public record Row(String name, String holder, String state, String kind, String status, int remaining,
            Deadline deadline) {

        /** The countdown as the board writes it. */
        public String countdown() {
            if (remaining < 0) {
                return ""; //$NON-NLS-1$
            }
            String left = Format.duration(remaining);
            String text = deadline == Deadline.PRESERVATION_ENDS ? NLS.bind(Messages.Evidence_preservationEnds, left)
                    : NLS.bind(Messages.Evidence_deletedIn, left);
            return remaining < URGENT ? NLS.bind(Messages.Evidence_urgent, text) : text;
        }
    }

    private TableViewer viewer;
    private Label clock;

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        clock = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(clock);
        viewer = Tables.create(parent, Messages.Evidence_accessibleName);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(Tables.holder(viewer));
        column(Messages.Evidence_columnItem, 4, Row::name);
        column(Messages.Evidence_columnHolder, 3, Row::holder);
        column(Messages.Evidence_columnState, 2, Row::state);
        column(Messages.Evidence_columnKind, 2, Row::kind);
        column(Messages.Evidence_columnStatus, 2, Row::status);
        column(Messages.Evidence_columnDeadline, 4, Row::countdown);
    }

    /** A column whose rows are coloured by how close their deadline is. */
    private void column(String title, int weight, Function<Row, String> text) {
        Tables.column(viewer, title, weight, 50, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public Color getBackground(Object element) {
                int remaining = ((Row) element).remaining();
                return remaining < 0 ? null : remaining < URGENT ? URGENT_BACKGROUND
                        : remaining < SOON ? SOON_BACKGROUND : null;
            }
        });
    }

    @Override
    protected void show(CaseRun run, Decision decision) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (run == null) {
            clock.setText(Messages.View_noCase);
            viewer.setInput(List.of());
            return;
        }
        SessionView view = run.view();
        clock.setText(NLS.bind(Messages.Evidence_clock, Format.clock(view.now()),
                Format.duration(Math.max(0, view.timeBudget() - view.now()))));
        viewer.setInput(rows(run.scenario(), view));
        clock.requestLayout();
    }

    /** The board's rows for a session, data items first, then assets; unknown items are left out. */
    static List<Row> rows(Scenario scenario, SessionView view) {
        List<Row> rows = new ArrayList<>();
        ScenarioQuery query = new ScenarioQuery(scenario);
        for (EvidenceView evidence : view.evidence()) {
            if (!evidence.known()) {
                continue;
            }
            DataItem item = (DataItem) query.findById(evidence.id()).orElse(null);
            if (item == null) {
                continue;
            }
            int remaining = evidence.deadline() < 0 ? -1 : Math.max(0, evidence.deadline() - view.now());
            rows.add(new Row(item.getName(), name(item.getHolder()), name(item.getLocation()),
                    Format.label(item.getCategory()), Format.label(evidence.status()), remaining,
                    evidence.deadlineKind()));
        }
        for (AssetView assetView : view.assets()) {
            if (!assetView.known()) {
                continue;
            }
            Asset asset = (Asset) query.findById(assetView.id()).orElse(null);
            if (asset == null) {
                continue;
            }
            rows.add(new Row(asset.getName(), name(asset.getHolder()), name(asset.getLocation()),
                    Format.label(asset.getKind()), Format.label(assetView.status()), -1, Deadline.NONE));
        }
        return rows;
    }

    private static String name(Actor actor) {
        return actor == null ? Messages.View_unknown : Format.text(actor.getName());
    }

    private static String name(State state) {
        return state == null ? Messages.View_unknown : Format.text(state.getName());
    }

    /** The rows shown, for tests. */
    @SuppressWarnings("unchecked")
    public List<Row> getRows() {
        Object input = viewer.getInput();
        return input == null ? List.of() : (List<Row>) input;
    }

    @Override
    protected void focusContents() {
        viewer.getControl().setFocus();
    }
}
