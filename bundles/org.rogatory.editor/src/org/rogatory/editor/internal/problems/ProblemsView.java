package org.rogatory.editor.internal.problems;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.rogatory.editor.internal.EditorTrackingView;
import org.rogatory.editor.internal.editor.ScenarioEditor;
import org.rogatory.engine.validation.PackProblem;

/**
 * The problems of the pack in the active scenario editor, found by the same validator the engine and the command line
 * run, and updated as the author edits. Double-click (or Enter) selects the element in the editor.
 *
 * <p>Eclipse's own Problems view shows workspace markers, and this product has no workspace; this view is fed by the
 * editor directly.
 */
public class ProblemsView extends EditorTrackingView {

    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, Messages.Problems_columnSeverity, 1, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Problem) element).severity() == PackProblem.Severity.ERROR ? Messages.Problems_error
                        : Messages.Problems_warning;
            }

            @Override
            public Image getImage(Object element) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(
                        ((Problem) element).severity() == PackProblem.Severity.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
                                : ISharedImages.IMG_OBJS_WARN_TSK);
            }
        });
        column(layout, Messages.Problems_columnMessage, 6,
                ColumnLabelProvider.createTextProvider(e -> ((Problem) e).message()));
        column(layout, Messages.Problems_columnElement, 1,
                ColumnLabelProvider.createTextProvider(e -> ((Problem) e).element()));
        column(layout, Messages.Problems_columnFile, 1,
                ColumnLabelProvider.createTextProvider(e -> ((Problem) e).file()));
        viewer.addOpenListener(event -> reveal((IStructuredSelection) event.getSelection()));
        viewer.getTable().getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = Messages.Problems_accessibleName;
            }
        });
        getSite().setSelectionProvider(viewer);
        startTracking();
    }

    private void column(TableColumnLayout layout, String title, int weight, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(labels);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
    }

    /** Selects the problem's element in the editor and activates it. */
    public void reveal(IStructuredSelection selection) {
        ScenarioEditor editor = editor();
        if (editor != null && selection.getFirstElement() instanceof Problem problem && problem.target() != null) {
            getSite().getPage().activate(editor);
            editor.select(problem.target());
        }
    }

    @Override
    public void documentChanged(ScenarioEditor current) {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        if (current == null) {
            viewer.setInput(new Problem[0]);
            setContentDescription(Messages.Problems_noEditor);
            return;
        }
        viewer.setInput(current.getProblems().toArray());
        long errors = current.getProblems().stream().filter(p -> p.severity() == PackProblem.Severity.ERROR).count();
        setContentDescription(NLS.bind(Messages.Problems_summary, errors, current.getProblems().size() - errors));
    }

    /** The viewer, for tests. */
    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
