package org.rogatory.editor.internal.editor;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.rogatory.editor.internal.jface.ItemContentProvider;
import org.rogatory.editor.internal.problems.LiveValidation;
import org.rogatory.editor.internal.problems.Problem;
import org.rogatory.model.io.LoadException;

/**
 * The scenario editor: the opened file's elements as a tree (with New Child, cut, copy, paste, delete and drag and
 * drop), the selected element's properties beside it, and the pack's problems kept up to date as the author edits.
 * Every change is an EMF command, so undo and redo cover all of them and the editor is dirty exactly when the
 * command stack says so.
 */
public class ScenarioEditor extends EditorPart implements IEditingDomainProvider {

    /** Hears when the edited model or its problems change: the Problems view and the map follow the active editor. */
    public interface Listener {

        /** Called on the UI thread after the model changed and was validated again. */
        void documentChanged(ScenarioEditor editor);
    }

    /** How long the editor waits after the last edit before validating, so typing does not validate every key. */
    private static final int VALIDATION_DELAY_MILLIS = 300;

    private final ListenerList<Listener> listeners = new ListenerList<>();
    private final Runnable scheduledValidation = this::validateNow;
    private ScenarioDocument document;
    private TreeViewer tree;
    private PropertyTable details;
    private List<Problem> problems = List.of();

    private final CommandStackListener stackListener = event -> {
        if (Display.getCurrent() != null) {
            commandStackChanged();
        } else {
            Display.getDefault().asyncExec(this::commandStackChanged);
        }
    };

    /** Shows what the last command did: dirty marker, selection of what it touched, details; then revalidates. */
    private void commandStackChanged() {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        Command done = document.domain().getCommandStack().getMostRecentCommand();
        if (done != null) {
            Collection<?> affected = done.getAffectedObjects();
            if (!affected.isEmpty() && affected.stream().allMatch(EObject.class::isInstance)) {
                tree.setSelection(new StructuredSelection(List.copyOf(affected)), true);
            }
        }
        details.refresh();
        scheduleValidation();
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof PathEditorInput file)) {
            throw new PartInitException(NLS.bind(Messages.Editor_notAFile, input.getName()));
        }
        setSite(site);
        setInput(input);
        try {
            document = ScenarioDocument.open(file.file());
        } catch (LoadException e) {
            String details = e.getProblems().stream().map(Object::toString).collect(Collectors.joining("\n")); //$NON-NLS-1$
            throw new PartInitException(NLS.bind(Messages.Editor_cannotLoad, input.getName(), details), e);
        }
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        document.domain().getCommandStack().addCommandStackListener(stackListener);
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        tree = new TreeViewer(sash, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION);
        tree.setContentProvider(new ItemContentProvider(document.adapterFactory()));
        tree.setLabelProvider(new ScenarioLabelProvider(document.adapterFactory()));
        tree.setUseHashlookup(true);
        tree.setInput(document.root().eResource().getResourceSet());
        tree.expandToLevel(document.root(), 1);
        tree.getTree().getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = NLS.bind(Messages.Editor_treeAccessibleName, getPartName());
            }
        });
        details = new PropertyTable(sash, document.domain(), document.adapterFactory());
        sash.setWeights(2, 3);
        tree.addSelectionChangedListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            details.show(first instanceof EObject element ? element : null);
        });
        getSite().setSelectionProvider(tree);
        TreeDragAndDrop.install(this, tree);
        TreeMenu.install(this, tree);
        tree.setSelection(new StructuredSelection(document.root()));
        validateNow();
    }

    /** Validates after a short pause; another edit in that pause postpones it. */
    private void scheduleValidation() {
        Display display = tree.getControl().getDisplay();
        display.timerExec(-1, scheduledValidation);
        display.timerExec(VALIDATION_DELAY_MILLIS, scheduledValidation);
    }

    /** Validates at once and tells the listeners; tests call it instead of waiting. */
    public void validateNow() {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        tree.getControl().getDisplay().timerExec(-1, scheduledValidation);
        problems = LiveValidation.validate(document.loaded());
        for (Listener listener : listeners) {
            listener.documentChanged(this);
        }
    }

    /** The problems found by the last validation. */
    public List<Problem> getProblems() {
        return problems;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Selects and reveals {@code element} in the tree and gives the tree the focus (from Problems or the map). */
    public void select(EObject element) {
        tree.setSelection(new StructuredSelection(element), true);
        tree.getControl().setFocus();
    }

    public ScenarioDocument getDocument() {
        return document;
    }

    public TreeViewer getTreeViewer() {
        return tree;
    }

    public PropertyTable getDetails() {
        return details;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return document.domain();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            document.save();
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
                    NLS.bind(Messages.Editor_saveFailed, document.file().getParent(), e.getMessage()));
        }
    }

    @Override
    public void doSaveAs() {
        // Save As would split a pack across folders; a copy of a pack is made with the New Pack wizard instead.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.getControl().getDisplay().timerExec(-1, scheduledValidation);
        }
        if (document != null) {
            document.domain().getCommandStack().removeCommandStackListener(stackListener);
            document.dispose();
        }
        listeners.clear();
        super.dispose();
    }
}
