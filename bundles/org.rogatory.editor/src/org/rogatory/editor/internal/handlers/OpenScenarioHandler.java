package org.rogatory.editor.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rogatory.editor.RogatoryEditor;
import org.rogatory.editor.internal.editor.Editors;

/** File > Open Scenario...: picks a {@code .rogatory} file and opens it in the Instructor perspective. */
public class OpenScenarioHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText(Messages.Open_title);
        dialog.setFilterExtensions(new String[] { "*.rogatory" }); //$NON-NLS-1$
        dialog.setFilterNames(new String[] { Messages.Open_filterName });
        String chosen = dialog.open();
        if (chosen != null) {
            open(window, Path.of(chosen));
        }
        return null;
    }

    /** Shows the Instructor perspective and opens {@code file} there. */
    static void open(IWorkbenchWindow window, Path file) {
        try {
            window.getWorkbench().showPerspective(RogatoryEditor.INSTRUCTOR_PERSPECTIVE_ID, window);
            Editors.open(window.getActivePage(), file);
        } catch (PartInitException e) {
            ErrorDialog.openError(window.getShell(), Messages.Open_failed, null, e.getStatus());
        } catch (WorkbenchException e) {
            ErrorDialog.openError(window.getShell(), Messages.Open_failed, null, e.getStatus());
        }
    }
}
