package org.rogatory.editor.internal.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Moves (or, with Ctrl, copies) elements inside the editor's tree. The drop is an EMF.Edit
 * {@link DragAndDropCommand}, which decides from the pointer's height in the target row whether the elements go
 * before, after or into it, and which the command stack can undo.
 */
final class TreeDragAndDrop {

    private final ScenarioEditor editor;
    private final TreeViewer viewer;

    private TreeDragAndDrop(ScenarioEditor editor, TreeViewer viewer) {
        this.editor = editor;
        this.viewer = viewer;
    }

    static void install(ScenarioEditor editor, TreeViewer viewer) {
        TreeDragAndDrop dnd = new TreeDragAndDrop(editor, viewer);
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        int operations = DND.DROP_MOVE | DND.DROP_COPY;
        viewer.addDragSupport(operations, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
                event.doit = !viewer.getSelection().isEmpty();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(operations, transfers, new DropTargetAdapter() {
            @Override
            public void dragOver(DropTargetEvent event) {
                Command command = dnd.command(event);
                event.detail = command != null && command.canExecute() ? event.detail : DND.DROP_NONE;
                event.feedback = DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND | DND.FEEDBACK_SELECT;
            }

            @Override
            public void drop(DropTargetEvent event) {
                Command command = dnd.command(event);
                if (command != null && command.canExecute()) {
                    editor.getDocument().domain().getCommandStack().execute(command);
                } else {
                    event.detail = DND.DROP_NONE;
                }
            }
        });
    }

    private Command command(DropTargetEvent event) {
        if (!(event.item instanceof TreeItem item)
                || !(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged)) {
            return null;
        }
        Point point = viewer.getTree().toControl(event.x, event.y);
        Rectangle bounds = item.getBounds();
        float location = bounds.height == 0 ? 0.5f : (float) (point.y - bounds.y) / bounds.height;
        int operation = event.detail == DND.DROP_COPY ? DragAndDropFeedback.DROP_COPY : DragAndDropFeedback.DROP_MOVE;
        Collection<?> collection = List.copyOf(dragged.toList());
        Command command = DragAndDropCommand.create(editor.getDocument().domain(), item.getData(), location,
                DragAndDropFeedback.DROP_MOVE | DragAndDropFeedback.DROP_COPY, operation, collection);
        return operation == DragAndDropFeedback.DROP_COPY
                ? FreshIds.renamingCopies(command, editor.getDocument().root()) : command;
    }
}
