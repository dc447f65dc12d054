package org.rogatory.ui.internal.views;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.rogatory.engine.session.Decision;
import org.rogatory.ui.internal.play.CaseRun;
import org.rogatory.ui.internal.play.CaseService;

/**
 * A view that shows part of the open case. It listens to the case service while it exists, and shows the case that is
 * already open when it is created, so views opened late are never out of date.
 */
abstract class CaseView extends ViewPart implements CaseService.Listener {

    @Override
    public final void createPartControl(Composite parent) {
        createContents(parent);
        CaseService.get().addListener(this);
        caseChanged(CaseService.get().run().orElse(null), null);
    }

    /** Creates the view's widgets. */
    protected abstract void createContents(Composite parent);

    /** Shows {@code run} (null: no case open); {@code decision} is the decision just taken, if any. */
    @Override
    public abstract void caseChanged(CaseRun run, Decision decision);

    /** The service this view listens to. */
    protected CaseService service() {
        return CaseService.get();
    }

    @Override
    public void dispose() {
        CaseService.get().removeListener(this);
        super.dispose();
    }
}
