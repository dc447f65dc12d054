package org.rogatory.ui.internal.views;

import java.util.Optional;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.rogatory.engine.session.Decision;
import org.rogatory.ui.internal.play.CaseRun;
import org.rogatory.ui.internal.play.CaseService;
import org.rogatory.ui.internal.play.Trial;
import org.rogatory.ui.internal.trial.TrialLabels;

/**
 * A view that shows part of the open case. It listens to the case service while it exists and shows the case that is
 * already open when it is created, so views opened late are never out of date. A view hidden behind another tab does
 * not redraw on every decision: it catches up when it is brought to the front, which keeps the feedback of a decision
 * quick however many views are open.
 */
abstract class CaseView extends ViewPart implements CaseService.Listener {

    private boolean stale;
    private String baseName;

    private final IPartListener2 visibility = new IPartListener2() {
        @Override
        public void partVisible(IWorkbenchPartReference reference) {
            if (stale && reference.getPart(false) == CaseView.this) {
                stale = false;
                present(CaseService.get().run().orElse(null), null);
            }
        }
    };

    @Override
    public final void createPartControl(Composite parent) {
        baseName = getPartName();
        createContents(parent);
        CaseService.get().addListener(this);
        getSite().getPage().addPartListener(visibility);
        present(CaseService.get().run().orElse(null), null);
    }

    /** Labels the view when the open case is an author's trial, then shows the case. */
    private void present(CaseRun run, Decision decision) {
        label(run);
        show(run, decision);
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

    /** Creates the view's widgets. */
    protected abstract void createContents(Composite parent);

    /** Shows {@code run} (null: no case open); {@code decision} is the decision just taken, if any. */
    protected abstract void show(CaseRun run, Decision decision);

    @Override
    public final void caseChanged(CaseRun run, Decision decision) {
        label(run);
        if (getSite().getPage().isPartVisible(this)) {
            show(run, decision);
        } else {
            stale = true;
        }
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
