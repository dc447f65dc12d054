package org.rogatory.ui.internal.trial;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.rogatory.engine.session.TrialPresets;
import org.rogatory.ui.internal.play.CaseRun;
import org.rogatory.ui.internal.play.CaseService;
import org.rogatory.ui.internal.play.Trial;

/**
 * Save Trial as Preset: keeps the decisions of the open trial so far beside the scenario
 * ({@code <pack>/presets/<scenario>/<name>.json}), so the author can start later trials from this point with
 * Test from Preset in the editor. Enabled only while a trial is open.
 */
public final class SavePresetAction extends Action {

    private final Shell shell;

    /**
     * Creates the action.
     *
     * @param shell the shell that parents the dialogs
     */
    public SavePresetAction(Shell shell) {
        super(Messages.Preset_action);
        this.shell = shell;
        setId("org.rogatory.ui.actions.savePreset"); //$NON-NLS-1$
        setToolTipText(Messages.Preset_tooltip);
        update(null);
    }

    /** Enables the action exactly when {@code run} is a trial. */
    public void update(CaseRun run) {
        setEnabled(run != null && run.trial().isPresent());
    }

    @Override
    public void run() {
        Optional<CaseRun> run = CaseService.get().run().filter(r -> r.trial().isPresent());
        if (run.isEmpty()) {
            return;
        }
        Trial trial = run.get().trial().orElseThrow();
        Path folder = TrialPresets.folder(trial.packFolder(), run.get().scenario().getId());
        InputDialog dialog = new InputDialog(shell, Messages.Preset_title, NLS.bind(Messages.Preset_label, folder),
                "", text -> TrialPresets.isName(text) ? null : Messages.Preset_badName); //$NON-NLS-1$
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            Path file = save(run.get(), dialog.getValue());
            MessageDialog.openInformation(shell, Messages.Preset_title,
                    NLS.bind(Messages.Preset_saved, dialog.getValue(), file));
        } catch (IOException | IllegalArgumentException e) {
            MessageDialog.openError(shell, Messages.Preset_title, NLS.bind(Messages.Preset_failed, folder,
                    e.getMessage()));
        }
    }

    /**
     * Saves the trial's decisions as a preset without asking (the dialog's work, and what tests call).
     *
     * @param run an open trial
     * @param name the preset's name
     * @return the file written
     * @throws IOException if it cannot be written
     */
    public static Path save(CaseRun run, String name) throws IOException {
        Trial trial = run.trial().orElseThrow();
        return TrialPresets.save(trial.packFolder(), name, run.transcript(), run.view().now());
    }
}
