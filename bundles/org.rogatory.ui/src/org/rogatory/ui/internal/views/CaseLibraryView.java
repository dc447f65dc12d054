package org.rogatory.ui.internal.views;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.rogatory.ui.internal.Messages;

/**
 * The list of installed scenario packs and their scenarios, where a trainee picks a case. Until packs are installed it
 * says so plainly instead of showing an empty box.
 */
public class CaseLibraryView extends ViewPart {

    private TableViewer viewer;
    private Label emptyMessage;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        emptyMessage = new Label(parent, SWT.WRAP);
        emptyMessage.setText(Messages.CaseLibrary_empty);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(emptyMessage);

        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.getTable().getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = Messages.CaseLibrary_accessibleName;
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setInput(List.of());
        getSite().setSelectionProvider(viewer);
    }

    /** Returns the number of scenarios listed, so tests and the status line can tell an empty library from a full one. */
    public int getScenarioCount() {
        return viewer.getTable().getItemCount();
    }

    /** Returns whether the "no packs installed" hint is showing. */
    public boolean isEmptyMessageVisible() {
        return emptyMessage.isVisible();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
