package org.rogatory.editor.internal.trial;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.rogatory.editor.internal.editor.ScenarioEditor;
import org.rogatory.editor.internal.problems.Problem;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Scenario;

/**
 * Starts a trial of the edited scenario in the trainee's views ("Test Scenario", "Test from Here", "Test from
 * Preset"). The trial plays the saved file, so unsaved changes are saved first (the author is asked); a pack with
 * errors is refused here with the list, because the engine never runs one. The trial itself is the trainee
 * workbench's command, executed by id: the editor does not depend on the workbench bundle, and says so plainly when
 * that bundle is not installed.
 */
public final class TrialLauncher {

    /** The trainee workbench's trial command and its parameters (declared in {@code org.rogatory.ui}). */
    public static final String TRIAL_COMMAND_ID = "org.rogatory.ui.commands.trial"; //$NON-NLS-1$
    /** The scenario file parameter. */
    public static final String FILE_PARAMETER = "org.rogatory.ui.commands.trial.file"; //$NON-NLS-1$
    /** The decision point parameter. */
    public static final String DECISION_POINT_PARAMETER = "org.rogatory.ui.commands.trial.decisionPoint"; //$NON-NLS-1$
    /** The preset parameter. */
    public static final String PRESET_PARAMETER = "org.rogatory.ui.commands.trial.preset"; //$NON-NLS-1$

    private TrialLauncher() {
    }

    /**
     * The scenario a trial of {@code element} plays: the scenario that contains it, else the editor's scenario, else
     * the pack's first scenario.
     *
     * @param editor the editor
     * @param element the selected element, or {@code null}
     * @return the scenario, or {@code null} when the pack has none
     */
    public static Scenario scenarioOf(ScenarioEditor editor, EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Scenario scenario) {
                return scenario;
            }
        }
        EObject root = editor.getDocument().root();
        if (root instanceof Scenario scenario) {
            return scenario;
        }
        return root instanceof Pack pack && !pack.getScenarios().isEmpty() ? pack.getScenarios().get(0) : null;
    }

    /**
     * The decision point {@code element} belongs to: itself, or the point that contains it (an action, its feedback).
     *
     * @param element the selected element, or {@code null}
     * @return the decision point, or {@code null}
     */
    public static DecisionPoint pointOf(Object element) {
        for (EObject e = element instanceof EObject o ? o : null; e != null; e = e.eContainer()) {
            if (e instanceof DecisionPoint point) {
                return point;
            }
        }
        return null;
    }

    /**
     * Starts a trial: asks to save unsaved changes, refuses a pack with errors, then executes the trial command.
     *
     * @param window the window
     * @param editor the editor of the scenario's pack
     * @param scenario the scenario to try
     * @param point the decision point to start at, or {@code null} for the start
     * @param preset the preset to start from, or {@code null}
     * @return whether the trial command was executed (it then prepares the trial in the background)
     */
    public static boolean launch(IWorkbenchWindow window, ScenarioEditor editor, Scenario scenario,
            DecisionPoint point, String preset) {
        Shell shell = window.getShell();
        if (scenario == null || scenario.eResource() == null) {
            MessageDialog.openInformation(shell, Messages.Trial_title, Messages.Trial_noScenario);
            return false;
        }
        if (editor.isDirty()) {
            MessageDialog ask = new MessageDialog(shell, Messages.Trial_title, null,
                    NLS.bind(Messages.Trial_saveFirst, editor.getPartName()), MessageDialog.QUESTION,
                    0, Messages.Trial_saveAndTest, IDialogConstants.CANCEL_LABEL);
            if (ask.open() != 0) {
                return false;
            }
            editor.doSave(null);
            if (editor.isDirty()) {
                return false;
            }
        }
        editor.validateNow();
        List<Problem> errors = editor.getProblems().stream()
                .filter(p -> p.severity() == PackProblem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            MessageDialog.openError(shell, Messages.Trial_refusedTitle, NLS.bind(Messages.Trial_errors,
                    new Object[] { scenario.getTitle(), errors.size(), errors.stream()
                            .map(p -> NLS.bind(Messages.Trial_problem, new Object[] { p.file(), p.element(),
                                    p.message() }))
                            .collect(Collectors.joining("\n")) })); //$NON-NLS-1$
            return false;
        }
        Path file = editor.getDocument().file().getParent().resolve(scenario.eResource().getURI().lastSegment());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(FILE_PARAMETER, file.toString());
        if (point != null) {
            parameters.put(DECISION_POINT_PARAMETER, point.getId());
        }
        if (preset != null) {
            parameters.put(PRESET_PARAMETER, preset);
        }
        ICommandService commands = window.getService(ICommandService.class);
        IHandlerService handlers = window.getService(IHandlerService.class);
        Command command = commands.getCommand(TRIAL_COMMAND_ID);
        if (!command.isDefined()) {
            MessageDialog.openError(shell, Messages.Trial_refusedTitle, Messages.Trial_noWorkbench);
            return false;
        }
        try {
            handlers.executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
            return true;
        } catch (Exception e) {
            ILog.of(TrialLauncher.class).error(e.getMessage(), e);
            MessageDialog.openError(shell, Messages.Trial_refusedTitle,
                    NLS.bind(Messages.Trial_failed, scenario.getTitle(), String.valueOf(e.getMessage())));
            return false;
        }
    }
}
