package org.rogatory.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Makes the workbench's read-only tables the same way: full-row selection, headers, columns that share the width, and
 * a name for screen readers. Each table sits in its own composite, as {@link TableColumnLayout} requires.
 */
public final class Tables {

    private Tables() {
    }

    /** A table viewer over a list, in a composite of its own, with a name for screen readers. */
    public static TableViewer create(Composite parent, String accessibleName) {
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new TableColumnLayout());
        TableViewer viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL
                | SWT.H_SCROLL);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        Accessibility.name(viewer.getTable(), accessibleName);
        return viewer;
    }

    /** The composite to lay out for a table made by {@link #create}. */
    public static Composite holder(TableViewer viewer) {
        return viewer.getTable().getParent();
    }

    /** A column that shows a text of each element, sharing the width by {@code weight}. */
    public static <T> TableViewerColumn column(TableViewer viewer, String title, int weight, int minimumWidth, Class<T> type,
            Function<T, String> text) {
        return column(viewer, title, weight, minimumWidth, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }
        });
    }

    /** Right-aligns a column of numbers, so that digits line up. */
    public static TableViewerColumn numeric(TableViewerColumn column) {
        column.getColumn().setAlignment(SWT.RIGHT);
        return column;
    }

    /** A column with its own label provider (colours, images), sharing the width by {@code weight}. */
    public static TableViewerColumn column(TableViewer viewer, String title, int weight, int minimumWidth,
            ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEAD);
        column.getColumn().setText(title);
        column.getColumn().setResizable(true);
        column.setLabelProvider(labels);
        TableColumnLayout layout = (TableColumnLayout) holder(viewer).getLayout();
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth, true));
        return column;
    }
}
