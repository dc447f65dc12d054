package org.rogatory.ui.internal.views;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rogatory.engine.session.Decision;
import org.rogatory.engine.session.SessionEvent;
import org.rogatory.engine.session.SessionView.Pending;
import org.rogatory.engine.session.SessionView;
import org.rogatory.ui.internal.Messages;
import org.rogatory.ui.internal.Tables;
import org.rogatory.ui.internal.play.CaseRun;

/** The simulated clock, what has happened so far, and what is pending with the minute it is due. */
public class TimelineView extends CaseView {

    private Label clock;
    private TableViewer events;
    private TableViewer pending;

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        clock = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(clock);
        events = table(parent, Messages.Timeline_accessibleEvents, 3);
        Tables.column(events, Messages.Timeline_columnTime, 2, 50, SessionEvent.class, e -> Format.clock(e.time()));
        Tables.column(events, Messages.Timeline_columnWhat, 2, 50, SessionEvent.class, e -> Format.label(e.kind()));
        Tables.column(events, Messages.Timeline_columnDetail, 7, 50, SessionEvent.class, SessionEvent::text);
        Label pendingTitle = new Label(parent, SWT.NONE);
        pendingTitle.setText(Messages.Timeline_pending);
        pending = table(parent, Messages.Timeline_accessiblePending, 1);
        Tables.column(pending, Messages.Timeline_columnDue, 2, 50, Pending.class, p -> Format.clock(p.due()));
        Tables.column(pending, Messages.Timeline_columnWhat, 9, 50, Pending.class, Pending::description);
    }

    private static TableViewer table(Composite parent, String accessibleName, int verticalWeight) {
        TableViewer viewer = Tables.create(parent, accessibleName);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 40 * verticalWeight)
                .applyTo(Tables.holder(viewer));
        viewer.setInput(List.of());
        return viewer;
    }

    @Override
    protected void show(CaseRun run, Decision decision) {
        if (clock.isDisposed()) {
            return;
        }
        if (run == null) {
            clock.setText(Messages.View_noCase);
            events.setInput(List.of());
            pending.setInput(List.of());
            return;
        }
        SessionView view = run.view();
        String status = view.ended().isPresent()
                ? NLS.bind(Messages.Timeline_ended, Format.clock(view.now()), Format.label(view.ended().get()))
                : NLS.bind(Messages.Timeline_clock, Format.clock(view.now()),
                        Format.duration(Math.max(0, view.timeBudget() - view.now())));
        clock.setText(status);
        events.setInput(view.timeline());
        if (!view.timeline().isEmpty()) {
            events.reveal(view.timeline().get(view.timeline().size() - 1));
        }
        pending.setInput(view.pending());
        clock.requestLayout();
    }

    /** The clock line, for tests. */
    public String getClockText() {
        return clock.getText();
    }

    /** The number of events listed, for tests. */
    public int getEventCount() {
        return events.getTable().getItemCount();
    }

    @Override
    protected void focusContents() {
        events.getControl().setFocus();
    }
}
