package org.rogatory.ui.internal.treaty;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** Placeholder until the view is written. */
public class TreatyBrowserView extends ViewPart {

    private Label label;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        label = new Label(parent, SWT.WRAP);
    }

    /** Shows the article a citation names (placeholder). */
    public void showCitation(String citation) {
        label.setText(citation);
    }

    @Override
    public void setFocus() {
        label.setFocus();
    }
}
