package org.rogatory.ui.internal.views;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.rogatory.engine.session.Decision;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.Messages;
import org.rogatory.ui.internal.play.CaseRun;
import org.rogatory.ui.internal.play.CaseService;
import org.rogatory.ui.internal.play.Trial;
import org.rogatory.ui.internal.trial.TrialLabels;

/**
 * A view that shows part of the open case. It listens to the case service while it exists and shows the case that is
 * already open when it is created, so views opened late are never out of date. A view hidden behind another tab does
 * not redraw on every decision: it catches up when it is brought to the front, which keeps the feedback of a decision
 * quick however many views are open.
 * <p>
 * Until a case is open, a view that {@linkplain #waitsForCase() waits for one} shows a single line that leads to the
 * Case Library, and creates its own widgets only when the first case opens: the workbench starts without building
 * tables and forms that would have nothing to show.
 */
abstract class CaseView extends ViewPart implements CaseService.Listener {

    private boolean stale;
    private String baseName;

    /** The view's parent while it waits for a case; null for a view that creates its widgets at once. */
    private Composite parent;
    private StackLayout stack;
    private Composite noCasePage;
    private Link noCaseLink;
    /** The view's own widgets, once created. */
    private Composite contents;

    private final IPartListener2 visibility = new IPartListener2() {
        @Override
        public void partVisible(IWorkbenchPartReference reference) {
            if (stale && reference.getPart(false) == CaseView.this) {
                stale = false;
                display(CaseService.get().run().orElse(null), null);
            }
        }
    };

    @Override
    public final void createPartControl(Composite viewParent) {
        baseName = getPartName();
        if (waitsForCase()) {
            parent = viewParent;
            stack = new StackLayout();
            parent.setLayout(stack);
            createNoCasePage();
        } else {
            createContents(viewParent);
        }
        CaseService.get().addListener(this);
        getSite().getPage().addPartListener(visibility);
        display(CaseService.get().run().orElse(null), null);
    }

    /** Says in the view's title and description that the open case is a trial, so nobody mistakes it for progress. */
    private void label(CaseRun run) {
        if (showsTrials()) {
            Optional<Trial> trial = run == null ? Optional.empty() : run.trial();
            String name = trial.isPresent() ? TrialLabels.partName(baseName) : baseName;
            if (!name.equals(getPartName())) {
                setPartName(name);
            }
            String description = trial.map(t -> TrialLabels.description(t.description())).orElse(""); //$NON-NLS-1$
            if (!description.equals(getContentDescription())) {
                setContentDescription(description);
            }
        }
    }

    /**
     * Whether this view shows the open case and so must say when it is a trial; the Case Library lists the trainee's
     * cases and is not about the open one.
     */
    protected boolean showsTrials() {
        return true;
    }

    private void createNoCasePage() {
        noCasePage = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(noCasePage);
        noCaseLink = new Link(noCasePage, SWT.WRAP);
        noCaseLink.setText(Messages.View_noCaseLink);
        noCaseLink.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> showCaseLibrary()));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(noCaseLink);
        stack.topControl = noCasePage;
    }

    private void showCaseLibrary() {
        try {
            getSite().getPage().showView(RogatoryUi.CASE_LIBRARY_VIEW_ID);
        } catch (PartInitException e) {
            getSite().getWorkbenchWindow().getShell().getDisplay().beep();
        }
    }

    /**
     * Whether this view waits for a case before it creates its widgets. True for every view that shows part of a case;
     * a view with something to show before any case is open (the Case Library) answers false.
     */
    protected boolean waitsForCase() {
        return true;
    }

    /** Creates the view's widgets in {@code parent}, which has a fill layout that the view may replace. */
    protected abstract void createContents(Composite parent);

    /** Shows {@code run} (null: no case open); {@code decision} is the decision just taken, if any. */
    protected abstract void show(CaseRun run, Decision decision);

    /** Gives the keyboard focus to the view's main control; called only once {@link #createContents} has run. */
    protected abstract void focusContents();

    /**
     * Labels the view for a trial, brings its widgets or the line that leads to the Case Library to the front, then
     * shows {@code run}.
     */
    private void display(CaseRun run, Decision decision) {
        label(run);
        if (stack != null) {
            if (run != null && contents == null) {
                contents = new Composite(parent, SWT.NONE);
                contents.setLayout(new FillLayout());
                createContents(contents);
            }
            Composite front = run == null ? noCasePage : contents;
            if (stack.topControl != front) {
                stack.topControl = front;
                parent.layout(true, true);
            }
            if (contents == null) {
                return;
            }
        }
        show(run, decision);
    }

    @Override
    public final void caseChanged(CaseRun run, Decision decision) {
        if (getSite().getPage().isPartVisible(this)) {
            display(run, decision);
        } else {
            label(run); // the tab says "(Trial)" even while the view waits behind another
            stale = true;
        }
    }

    @Override
    public final void setFocus() {
        if (stack != null && stack.topControl == noCasePage) {
            noCaseLink.setFocus();
        } else {
            focusContents();
        }
    }

    /** Whether the view shows the line that leads to the Case Library instead of a case; for tests. */
    public boolean isWaitingForCase() {
        return stack != null && stack.topControl == noCasePage;
    }

    /** The service this view listens to. */
    protected CaseService service() {
        return CaseService.get();
    }

    @Override
    public void dispose() {
        CaseService.get().removeListener(this);
        getSite().getPage().removePartListener(visibility);
        super.dispose();
    }
}
