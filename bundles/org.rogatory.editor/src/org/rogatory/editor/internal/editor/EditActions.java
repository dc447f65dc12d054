package org.rogatory.editor.internal.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo, redo, cut, copy, paste and delete for the active scenario editor, plugged into the workbench's global action
 * handlers so that the Edit menu and the usual keys (Ctrl+Z, Ctrl+Y, Ctrl+X, Ctrl+C, Ctrl+V, Delete) work on the
 * editor's command stack. One instance serves every scenario editor; {@link #setEditor} follows the active one.
 */
public final class EditActions {

    private final Action undo = action(this::undo);
    private final Action redo = action(this::redo);
    private final Action cut = action(() -> execute(CutToClipboardCommand.create(domain(), selection())));
    private final Action copy = action(() -> execute(CopyToClipboardCommand.create(domain(), selection())));
    private final Action paste = action(this::paste);
    private final Action delete = action(() -> execute(DeleteCommand.create(domain(), selection())));

    private final CommandStackListener stackListener = event -> update();
    private final ISelectionChangedListener selectionListener = (SelectionChangedEvent event) -> update();
    private ScenarioEditor editor;

    /** Creates the actions with the workbench's own labels, icons and command ids (for key bindings). */
    public EditActions() {
        dress(undo, ActionFactory.UNDO, Messages.Edit_undo, ISharedImages.IMG_TOOL_UNDO);
        dress(redo, ActionFactory.REDO, Messages.Edit_redo, ISharedImages.IMG_TOOL_REDO);
        dress(cut, ActionFactory.CUT, Messages.Edit_cut, ISharedImages.IMG_TOOL_CUT);
        dress(copy, ActionFactory.COPY, Messages.Edit_copy, ISharedImages.IMG_TOOL_COPY);
        dress(paste, ActionFactory.PASTE, Messages.Edit_paste, ISharedImages.IMG_TOOL_PASTE);
        dress(delete, ActionFactory.DELETE, Messages.Edit_delete, ISharedImages.IMG_TOOL_DELETE);
    }

    private static Action action(Runnable run) {
        return new Action() {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private static void dress(Action action, ActionFactory factory, String text, String image) {
        action.setText(text);
        action.setActionDefinitionId(factory.getCommandId());
        action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
    }

    /** Registers the actions as the global handlers of {@code bars}. */
    public void contributeTo(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
    }

    /** Adds the actions to the tree's context menu. */
    public void fill(IMenuManager menu) {
        menu.add(undo);
        menu.add(redo);
        menu.add(new Separator());
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(delete);
    }

    /** Follows the editor the workbench made active ({@code null} when none is). */
    public void setEditor(ScenarioEditor active) {
        if (editor == active) {
            return;
        }
        if (editor != null && editor.getTreeViewer() != null) {
            editor.getDocument().domain().getCommandStack().removeCommandStackListener(stackListener);
            editor.getTreeViewer().removeSelectionChangedListener(selectionListener);
        }
        editor = active;
        if (editor != null && editor.getTreeViewer() != null) {
            editor.getDocument().domain().getCommandStack().addCommandStackListener(stackListener);
            editor.getTreeViewer().addSelectionChangedListener(selectionListener);
        }
        update();
    }

    /** Recomputes labels and enablement from the command stack and the selection. */
    public void update() {
        CommandStack stack = editor == null ? null : domain().getCommandStack();
        undo.setEnabled(stack != null && stack.canUndo());
        undo.setText(stack != null && stack.getUndoCommand() != null
                ? NLS.bind(Messages.Edit_undoNamed, stack.getUndoCommand().getLabel()) : Messages.Edit_undo);
        redo.setEnabled(stack != null && stack.canRedo());
        redo.setText(stack != null && stack.getRedoCommand() != null
                ? NLS.bind(Messages.Edit_redoNamed, stack.getRedoCommand().getLabel()) : Messages.Edit_redo);
        boolean some = editor != null && !selection().isEmpty();
        cut.setEnabled(some && CutToClipboardCommand.create(domain(), selection()).canExecute());
        copy.setEnabled(some && CopyToClipboardCommand.create(domain(), selection()).canExecute());
        delete.setEnabled(some && DeleteCommand.create(domain(), selection()).canExecute());
        paste.setEnabled(editor != null && selection().size() == 1 && pasteCommand().canExecute());
    }

    /** The action for a global action id, for tests. */
    public IAction get(ActionFactory factory) {
        return switch (factory.getId()) {
            case "undo" -> undo; //$NON-NLS-1$
            case "redo" -> redo; //$NON-NLS-1$
            case "cut" -> cut; //$NON-NLS-1$
            case "copy" -> copy; //$NON-NLS-1$
            case "paste" -> paste; //$NON-NLS-1$
            default -> delete;
        };
    }

    private EditingDomain domain() {
        return editor.getDocument().domain();
    }

    private List<?> selection() {
        if (editor == null || editor.getTreeViewer() == null) {
            return List.of();
        }
        return ((IStructuredSelection) editor.getTreeViewer().getSelection()).toList();
    }

    private Command pasteCommand() {
        Object owner = selection().get(0);
        return FreshIds.renamingCopies(PasteFromClipboardCommand.create(domain(), owner, null),
                (EObject) editor.getDocument().root());
    }

    private void undo() {
        if (editor != null && domain().getCommandStack().canUndo()) {
            domain().getCommandStack().undo();
        }
    }

    private void redo() {
        if (editor != null && domain().getCommandStack().canRedo()) {
            domain().getCommandStack().redo();
        }
    }

    private void paste() {
        if (editor != null && selection().size() == 1) {
            execute(pasteCommand());
        }
    }

    private void execute(Command command) {
        if (editor != null && command.canExecute()) {
            domain().getCommandStack().execute(command);
        }
    }
}
