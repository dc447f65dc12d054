package org.rogatory.ui.internal.views;

import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.rogatory.ui.internal.Messages;
import org.rogatory.ui.internal.play.CaseService;

/**
 * File &gt; Import Pack Archive: asks for a {@code .rogpack}, has the case service check and install it in the
 * background, and says what happened. A refused archive is reported with every reason; nothing is written.
 */
public final class ImportPackAction extends Action {

    private final IWorkbenchWindow window;

    /**
     * Creates the action for a window.
     *
     * @param window the window whose shell parents the dialogs
     */
    public ImportPackAction(IWorkbenchWindow window) {
        super(Messages.Import_action);
        this.window = window;
        setId("org.rogatory.ui.actions.importPack"); //$NON-NLS-1$
        setToolTipText(Messages.Import_tooltip);
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText(Messages.Import_dialogTitle);
        dialog.setFilterExtensions(new String[] { "*.rogpack", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] { Messages.Import_filterArchives, Messages.Import_filterAll });
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path archive = Path.of(chosen);
        Job job = CaseService.get().importArchive(archive);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                Shell shell = window.getShell();
                if (shell == null || shell.isDisposed()) {
                    return;
                }
                shell.getDisplay().asyncExec(() -> report(shell, archive, event.getResult()));
            }
        });
    }

    private static void report(Shell shell, Path archive, IStatus result) {
        if (shell.isDisposed()) {
            return;
        }
        if (result.isOK()) {
            MessageDialog.openInformation(shell, Messages.Import_dialogTitle, NLS.bind(Messages.Import_done,
                    archive.getFileName(), CaseService.get().lastImport().orElse(""))); //$NON-NLS-1$
        } else {
            MessageDialog.openError(shell, Messages.Import_refusedTitle, result.getMessage());
        }
    }
}
