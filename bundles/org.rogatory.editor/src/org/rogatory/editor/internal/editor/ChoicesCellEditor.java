package org.rogatory.editor.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * Edits a list of references (an action's {@code next} decision points, its offences, a scenario's cast) by ticking
 * the elements to refer to in a dialog; the value is the list of the ticked elements, in the order offered.
 */
final class ChoicesCellEditor extends DialogCellEditor {

    private final String property;
    private final IItemLabelProvider labels;
    private final List<Object> choices;

    ChoicesCellEditor(Composite parent, String property, IItemLabelProvider labels, List<Object> choices) {
        super(parent);
        this.property = property;
        this.labels = labels;
        this.choices = choices;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        Collection<?> current = getValue() instanceof Collection<?> list ? list : List.of();
        ListSelectionDialog dialog = ListSelectionDialog.of(choices).contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ValueLabels.text(labels, element);
                    }
                }).title(property).message(NLS.bind(Messages.Details_choose, property))
                .preselect(current.toArray()).create(cellEditorWindow.getShell());
        if (dialog.open() != Window.OK) {
            return null;
        }
        return new ArrayList<>(List.of(dialog.getResult()));
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null && !getDefaultLabel().isDisposed()) {
            getDefaultLabel().setText(value instanceof Collection<?> list ? labels.getText(list) : ""); //$NON-NLS-1$
        }
    }
}
