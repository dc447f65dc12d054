package org.rogatory.editor.internal.trial;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rogatory.editor.internal.editor.ScenarioEditor;
import org.rogatory.editor.internal.map.ScenarioMapView;
import org.rogatory.engine.session.TrialPresets;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Scenario;

/**
 * The handlers of Scenario &gt; Test Scenario (Ctrl+F11), Test from Here (Ctrl+Shift+F11) and Test from Preset: each
 * finds the active scenario editor and what is selected (in its tree or on the Scenario Map), then lets
 * {@link TrialLauncher} start the trial.
 */
public final class TestHandlers {

    private TestHandlers() {
    }

    private static ScenarioEditor editor(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        return editor instanceof ScenarioEditor scenarioEditor ? scenarioEditor : null;
    }

    /** What the author points at: the map's focused box when the map is active, else the first selected element. */
    private static Object selected(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof ScenarioMapView map && map.getFocused() != null) {
            return map.getFocused();
        }
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        return selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
    }

    /** A handler that needs the active scenario editor and a workbench window, and does nothing without them. */
    private abstract static class EditorTrialHandler extends AbstractHandler {
        @Override
        public final Object execute(ExecutionEvent event) {
            ScenarioEditor editor = editor(event);
            IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
            if (editor != null && window != null) {
                launch(window, editor, selected(event));
            }
            return null;
        }

        /** Starts the trial for what the author points at ({@code selected}, possibly null). */
        abstract void launch(IWorkbenchWindow window, ScenarioEditor editor, Object selected);
    }

    /** Test Scenario: the whole scenario, from minute 0. */
    public static final class WholeScenario extends EditorTrialHandler {
        @Override
        void launch(IWorkbenchWindow window, ScenarioEditor editor, Object selected) {
            TrialLauncher.launch(window, editor,
                    TrialLauncher.scenarioOf(editor, selected instanceof EObject o ? o : null), null, null);
        }
    }

    /** Test from Here: the selected decision point, with the state it would have there. */
    public static final class FromHere extends EditorTrialHandler {
        @Override
        void launch(IWorkbenchWindow window, ScenarioEditor editor, Object selected) {
            DecisionPoint point = TrialLauncher.pointOf(selected);
            if (point == null) {
                MessageDialog.openInformation(window.getShell(), Messages.Trial_title, Messages.Trial_noPoint);
                return;
            }
            TrialLauncher.launch(window, editor, TrialLauncher.scenarioOf(editor, point), point, null);
        }
    }

    /** Test from Preset: a trial saved earlier, chosen from the scenario's presets. */
    public static final class FromPreset extends EditorTrialHandler {
        @Override
        void launch(IWorkbenchWindow window, ScenarioEditor editor, Object selected) {
            Scenario scenario = TrialLauncher.scenarioOf(editor, selected instanceof EObject o ? o : null);
            if (scenario == null) {
                MessageDialog.openInformation(window.getShell(), Messages.Trial_title, Messages.Trial_noScenario);
                return;
            }
            String preset = choosePreset(window, editor.getDocument().file().getParent(), scenario);
            if (preset != null) {
                TrialLauncher.launch(window, editor, scenario, null, preset);
            }
        }
    }

    /** Asks which preset to start from; null when there is none or the author cancels. */
    static String choosePreset(IWorkbenchWindow window, Path packFolder, Scenario scenario) {
        Path folder = TrialPresets.folder(packFolder, scenario.getId());
        List<TrialPresets.Preset> presets;
        try {
            presets = TrialPresets.list(packFolder, scenario.getId());
        } catch (IOException e) {
            MessageDialog.openError(window.getShell(), Messages.Trial_title,
                    NLS.bind(Messages.Preset_unreadable, folder, e.getMessage()));
            return null;
        }
        if (presets.isEmpty()) {
            MessageDialog.openInformation(window.getShell(), Messages.Trial_title,
                    NLS.bind(Messages.Preset_none, scenario.getTitle(), folder));
            return null;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(),
                LabelProvider.createTextProvider(p -> ((TrialPresets.Preset) p).name()));
        dialog.setTitle(Messages.Trial_title);
        dialog.setMessage(NLS.bind(Messages.Preset_choose, scenario.getTitle(), folder));
        dialog.setElements(presets.toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
            return null;
        }
        return ((TrialPresets.Preset) dialog.getFirstResult()).name();
    }
}
