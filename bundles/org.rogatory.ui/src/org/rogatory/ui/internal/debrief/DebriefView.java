package org.rogatory.ui.internal.debrief;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** Placeholder until the view is written. */
public class DebriefView extends ViewPart {

    private Label label;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        label = new Label(parent, SWT.WRAP);
    }

    private org.rogatory.engine.debrief.Debrief debrief;

    /** Shows a debrief (placeholder). */
    public void show(org.rogatory.engine.debrief.Debrief shown) {
        this.debrief = shown;
        label.setText(shown.scenarioTitle());
    }

    /** The debrief shown, or null. */
    public org.rogatory.engine.debrief.Debrief debrief() {
        return debrief;
    }

    @Override
    public void setFocus() {
        label.setFocus();
    }
}
