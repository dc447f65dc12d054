package org.rogatory.ui.internal.debrief;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.rogatory.engine.debrief.Debrief;

/**
 * Asks where to save the debrief report, then hands the export to the view. The native dialog asks before it replaces
 * an existing file.
 */
public final class ExportReportAction extends Action {

    private static final String FILE_SUFFIX = "-debrief.html"; //$NON-NLS-1$
    private static final String SETTINGS_SECTION = "DebriefExport"; //$NON-NLS-1$
    private static final String LAST_FOLDER = "lastFolder"; //$NON-NLS-1$

    private final DebriefView view;

    ExportReportAction(DebriefView view) {
        super(Messages.Export_action);
        this.view = view;
        setToolTipText(Messages.Export_tooltip);
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
        setDisabledImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT_DISABLED));
        setEnabled(false);
    }

    /**
     * The file name offered for a debrief, so that reports of different cases do not overwrite each other.
     *
     * @param debrief the debrief
     * @return {@code <scenario id>-debrief.html}
     */
    public static String defaultFileName(Debrief debrief) {
        return debrief.scenarioId().replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + FILE_SUFFIX; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void run() {
        Debrief debrief = view.debrief();
        if (debrief == null) {
            return;
        }
        FileDialog dialog = new FileDialog(view.getSite().getShell(), SWT.SAVE);
        dialog.setText(Messages.Export_dialogTitle);
        dialog.setFilterExtensions(new String[] { "*.html", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] { Messages.Export_filterHtml, Messages.Export_filterAll });
        dialog.setFileName(defaultFileName(debrief));
        dialog.setOverwrite(true);
        IDialogSettings settings = settings();
        String lastFolder = settings.get(LAST_FOLDER);
        if (lastFolder != null) {
            dialog.setFilterPath(lastFolder);
        }
        String chosen = dialog.open();
        if (chosen != null) {
            Path file = Path.of(chosen);
            if (file.toAbsolutePath().getParent() != null) {
                settings.put(LAST_FOLDER, file.toAbsolutePath().getParent().toString());
            }
            view.export(file);
        }
    }

    /** Remembers the folder of the last export, so a trainee exporting several cases is not sent back each time. */
    private static IDialogSettings settings() {
        IDialogSettings root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportReportAction.class))
                .getDialogSettings();
        IDialogSettings section = root.getSection(SETTINGS_SECTION);
        return section != null ? section : root.addNewSection(SETTINGS_SECTION);
    }
}
