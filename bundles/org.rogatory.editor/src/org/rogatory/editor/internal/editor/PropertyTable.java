package org.rogatory.editor.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The details of the element selected in the editor's tree: one row per property its item provider describes, edited
 * in place (text, a list of choices, or {@code ;}-separated values for lists of texts), with an area below for the
 * long texts (briefing, narratives, feedback explanations). Every change goes through a
 * {@link SetCommand} on the editing domain, so it can be undone like any other edit.
 */
public final class PropertyTable {

    /** Separates the values of a list-of-texts property (authors, cited articles) in its one-line editor. */
    static final String LIST_SEPARATOR = "; "; //$NON-NLS-1$

    private final EditingDomain domain;
    private final org.eclipse.emf.common.notify.AdapterFactory adapterFactory;
    private final SashForm outer;
    private final TableViewer viewer;
    private final LongText longText;
    private EObject object;

    /** Creates the table in {@code parent}. */
    public PropertyTable(Composite parent, EditingDomain domain,
            org.eclipse.emf.common.notify.AdapterFactory adapterFactory) {
        this.domain = domain;
        this.adapterFactory = adapterFactory;
        outer = new SashForm(parent, SWT.VERTICAL);
        Composite holder = new Composite(outer, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
        name.getColumn().setText(Messages.Details_columnProperty);
        name.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> descriptor(e).getDisplayName(object)));
        layout.setColumnData(name.getColumn(), new ColumnWeightData(1, 120));
        TableViewerColumn value = new TableViewerColumn(viewer, SWT.LEFT);
        value.getColumn().setText(Messages.Details_columnValue);
        value.setLabelProvider(ColumnLabelProvider.createTextProvider(this::text));
        value.setEditingSupport(new ValueEditing());
        layout.setColumnData(value.getColumn(), new ColumnWeightData(2, 160));
        // Keyboard: F2 or Enter edits the selected row's value, as in Eclipse's property sheets.
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.F2 || event.keyCode == SWT.CR);
            }
        }, ColumnViewerEditor.KEYBOARD_ACTIVATION | ColumnViewerEditor.TABBING_VERTICAL);
        viewer.getTable().getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = Messages.Details_accessibleName;
            }
        });
        longText = new LongText(outer, this);
        outer.setWeights(3, 1);
        viewer.addSelectionChangedListener(event -> longText.show(
                viewer.getStructuredSelection().getFirstElement() instanceof IItemPropertyDescriptor row
                        && object != null && row.isMultiLine(object) && row.canSetProperty(object) ? row : null));
    }

    /** The outermost control (the table above the text area), for layout. */
    public Control getControl() {
        return outer;
    }

    /** The area for long texts (briefings, narratives, explanations), for tests. */
    public LongText getLongText() {
        return longText;
    }

    /** The element shown. */
    EObject object() {
        return object;
    }

    /** The viewer, for tests. */
    public TableViewer getViewer() {
        return viewer;
    }

    /** Shows {@code element}'s properties, or nothing for {@code null}. */
    public void show(EObject element) {
        if (element != null && element == object) {
            refresh();
            return;
        }
        longText.show(null); // applies a pending long text to the element it belongs to
        object = element;
        viewer.setInput(element == null ? List.of() : descriptors(element));
    }

    /** Shows the current values again, after any change to the model. */
    public void refresh() {
        if (!viewer.getTable().isDisposed()) {
            viewer.refresh();
            longText.refresh();
        }
    }

    private List<IItemPropertyDescriptor> descriptors(EObject element) {
        Object source = adapterFactory.adapt(element, IItemPropertySource.class);
        if (source instanceof IItemPropertySource properties) {
            return new ArrayList<>(properties.getPropertyDescriptors(element));
        }
        return List.of();
    }

    private static IItemPropertyDescriptor descriptor(Object row) {
        return (IItemPropertyDescriptor) row;
    }

    private String text(Object row) {
        IItemPropertyDescriptor descriptor = descriptor(row);
        Object raw = rawValue(descriptor);
        if (ValueLabels.isEnumValue(raw)) {
            return ValueLabels.text(null, raw);
        }
        Object value = descriptor.getPropertyValue(object);
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        return labels == null ? String.valueOf(value) : labels.getText(value);
    }

    Object rawValue(IItemPropertyDescriptor descriptor) {
        Object value = descriptor.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    void set(IItemPropertyDescriptor descriptor, Object value) {
        Object feature = descriptor.getFeature(object);
        if (!(feature instanceof EStructuralFeature structural)) {
            return;
        }
        Command command = SetCommand.create(domain, object, structural, value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** Picks the cell editor for a property and turns what the author entered into a model value. */
    private final class ValueEditing extends EditingSupport {

        ValueEditing() {
            super(viewer);
        }

        @Override
        protected boolean canEdit(Object row) {
            IItemPropertyDescriptor descriptor = descriptor(row);
            return object != null && descriptor.canSetProperty(object) && (isText(descriptor)
                    || choices(descriptor) != null);
        }

        @Override
        protected CellEditor getCellEditor(Object row) {
            IItemPropertyDescriptor descriptor = descriptor(row);
            if (isText(descriptor)) {
                int style = descriptor.isMultiLine(object) ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
                return new TextCellEditor(viewer.getTable(), style);
            }
            if (descriptor.isMany(object)) {
                return new ChoicesCellEditor(viewer.getTable(), descriptor.getDisplayName(object),
                        descriptor.getLabelProvider(object), choices(descriptor));
            }
            ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
            editor.setContentProvider(ArrayContentProvider.getInstance());
            IItemLabelProvider labels = descriptor.getLabelProvider(object);
            editor.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return element == NONE ? "" : ValueLabels.text(labels, element); //$NON-NLS-1$
                }
            });
            editor.setInput(choices(descriptor));
            return editor;
        }

        @Override
        protected Object getValue(Object row) {
            IItemPropertyDescriptor descriptor = descriptor(row);
            Object value = rawValue(descriptor);
            if (!isText(descriptor) && descriptor.isMany(object)) {
                return new ArrayList<>((Collection<?>) value);
            }
            if (!isText(descriptor)) {
                return value == null ? NONE : value;
            }
            EDataType type = ((EAttribute) descriptor.getFeature(object)).getEAttributeType();
            if (descriptor.isMany(object)) {
                List<String> parts = new ArrayList<>();
                ((Collection<?>) value).forEach(v -> parts.add(EcoreUtil.convertToString(type, v)));
                return String.join(LIST_SEPARATOR, parts);
            }
            EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
            if (value == null || feature.isUnsettable() && !object.eIsSet(feature)) {
                return ""; //$NON-NLS-1$
            }
            return EcoreUtil.convertToString(type, value);
        }

        @Override
        protected void setValue(Object row, Object value) {
            IItemPropertyDescriptor descriptor = descriptor(row);
            if (!isText(descriptor)) {
                set(descriptor, value == NONE ? null : value);
                return;
            }

            EAttribute attribute = (EAttribute) descriptor.getFeature(object);
            String text = ((String) value).strip();
            try {
                set(descriptor, ValueText.parse(attribute, text, descriptor.isMany(object)));
            } catch (IllegalArgumentException e) {
                // Not a value of this type (letters in a number): keep the old value; the table shows it again.
                viewer.refresh(row);
            }
        }

        private boolean isText(IItemPropertyDescriptor descriptor) {
            Object feature = descriptor.getFeature(object);
            if (!(feature instanceof EAttribute attribute) || attribute.getEAttributeType().getInstanceClass() == null) {
                return false;
            }
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            return type == String.class || type == int.class || type == Integer.class || type == double.class;
        }

        private List<Object> choices(IItemPropertyDescriptor descriptor) {
            Collection<?> offered = descriptor.getChoiceOfValues(object);
            Object feature = descriptor.getFeature(object);
            List<Object> result = new ArrayList<>();
            if (feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == boolean.class) {
                result.add(Boolean.TRUE);
                result.add(Boolean.FALSE);
                return result;
            }
            if (offered == null) {
                return null;
            }
            boolean many = descriptor.isMany(object);
            for (Object choice : offered) {
                if (choice != null || !many) {
                    result.add(choice == null ? NONE : choice);
                }
            }
            return result;
        }
    }

    /** Stands for "no value" in a list of choices (a combo cannot hold {@code null}). */
    private static final Object NONE = new Object();
}
