package org.rogatory.editor.internal.editor;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * Edits the long text of the property selected in the details table (a briefing, a narrative, an explanation) in a
 * real multi-line field, which a table cell cannot offer. The text is applied as one undoable edit when the field
 * loses the focus or on Ctrl+Enter, not at every key.
 */
public final class LongText {

    private final PropertyTable table;
    private final Text text;
    private IItemPropertyDescriptor row;

    LongText(Composite parent, PropertyTable table) {
        this.table = table;
        text = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setMessage(Messages.Details_longTextHint);
        text.setEnabled(false);
        text.addListener(SWT.FocusOut, event -> apply());
        text.addListener(SWT.KeyDown, event -> {
            if (event.character == SWT.CR && (event.stateMask & SWT.MOD1) != 0) {
                event.doit = false;
                apply();
            }
        });
        text.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = row == null ? Messages.Details_longTextHint
                        : NLS.bind(Messages.Details_longTextName, row.getDisplayName(table.object()));
            }
        });
    }

    /** Shows {@code descriptor}'s text, or empties and disables the field for {@code null}. */
    void show(IItemPropertyDescriptor descriptor) {
        if (row != null && descriptor != row) {
            apply();
        }
        row = descriptor;
        text.setEnabled(row != null);
        text.setText(current());
    }

    /** Shows the model's value again (after undo), unless the author is typing in the field. */
    void refresh() {
        if (!text.isDisposed() && !text.isFocusControl()) {
            text.setText(current());
        }
    }

    private String current() {
        if (row == null || table.object() == null) {
            return ""; //$NON-NLS-1$
        }
        Object value = table.rawValue(row);
        return value == null ? "" : value.toString(); //$NON-NLS-1$
    }

    /** Applies the field's text to the model if it differs; public so tests need not move the focus. */
    public void apply() {
        if (row == null || table.object() == null || text.isDisposed() || Objects.equals(text.getText(), current())) {
            return;
        }
        EAttribute attribute = (EAttribute) row.getFeature(table.object());
        table.set(row, ValueText.parse(attribute, text.getText().strip(), false));
    }

    /** The field, for tests. */
    public Text getText() {
        return text;
    }
}
