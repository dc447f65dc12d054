package org.rogatory.ui.internal.trial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rogatory.engine.Engine;
import org.rogatory.engine.session.TrialPresets;
import org.rogatory.engine.session.TrialStart;
import org.rogatory.engine.session.TrialStart.TrialStartException;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.play.CaseService;
import org.rogatory.ui.internal.play.Trial;

/**
 * Starts an author's trial of a scenario in the trainee's views: the editor executes
 * {@link RogatoryUi#TRIAL_COMMAND_ID} by id (the editor and this bundle do not depend on each other) with the saved
 * scenario file and, optionally, a decision point or a preset. The pack is loaded from disk and validated like any
 * case (a pack with errors is refused with the list), the engine works out where the trial starts, and the case
 * service opens it apart from the trainee's own cases. The Trainee perspective comes to the front.
 */
public final class TrialHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        String file = event.getParameter(RogatoryUi.TRIAL_FILE_PARAMETER);
        String point = blankToNull(event.getParameter(RogatoryUi.TRIAL_DECISION_POINT_PARAMETER));
        String preset = blankToNull(event.getParameter(RogatoryUi.TRIAL_PRESET_PARAMETER));
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        }
        Shell shell = window == null ? null : window.getShell();
        if (file == null || file.isBlank()) {
            refuse(shell, Messages.Trial_noFile);
            return null;
        }
        prepare(window, Path.of(file), point, preset);
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Loads, validates and plans in a job (the route search replays the scenario), then opens the trial. */
    static Job prepare(IWorkbenchWindow window, Path file, String point, String preset) {
        Display display = window == null ? Display.getDefault() : window.getShell().getDisplay();
        Job job = new Job(NLS.bind(Messages.Trial_preparing, file.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), 3);
                try {
                    Prepared prepared = load(file, point, preset, monitor);
                    display.asyncExec(() -> open(window, prepared));
                } catch (Refusal refusal) {
                    display.asyncExec(() -> refuse(window == null ? null : window.getShell(), refusal.getMessage()));
                } catch (RuntimeException e) {
                    ILog.of(TrialHandler.class).error(e.getMessage(), e);
                    display.asyncExec(() -> refuse(window == null ? null : window.getShell(),
                            NLS.bind(Messages.Trial_cannotStart, file.getFileName(), String.valueOf(e.getMessage()))));
                } finally {
                    monitor.done();
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == CaseService.JOB_FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private record Prepared(LoadedPack pack, Scenario scenario, Trial trial) {
    }

    /** Why a trial cannot start, in words for the author. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    private static Prepared load(Path file, String point, String preset, IProgressMonitor monitor) throws Refusal {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new Refusal(NLS.bind(Messages.Trial_missingFile, absolute));
        }
        Path packFolder = absolute.getParent();
        LoadedPack pack;
        try {
            pack = new ScenarioLoader().loadPack(packFolder);
        } catch (LoadException e) {
            throw new Refusal(NLS.bind(Messages.Trial_loadFailed, packFolder, e.getProblems().stream()
                    .map(Object::toString).collect(Collectors.joining("\n")))); //$NON-NLS-1$
        }
        monitor.worked(1);
        Scenario scenario = scenarioOf(pack, absolute)
                .orElseThrow(() -> new Refusal(NLS.bind(Messages.Trial_notAScenario, absolute)));
        Engine engine = CaseService.get().engine();
        List<PackProblem> errors = new PackValidator(engine).validate(pack).stream()
                .filter(p -> p.severity() == PackProblem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new Refusal(NLS.bind(Messages.Trial_invalid, new Object[] { scenario.getTitle(), errors.size(),
                    errors.stream().map(Object::toString).collect(Collectors.joining("\n")) })); //$NON-NLS-1$
        }
        monitor.worked(1);
        TrialStart planner = TrialStart.of(engine);
        TrialStart.Plan plan;
        try {
            if (preset != null) {
                TrialPresets.Saved saved = TrialPresets.load(packFolder, scenario.getId(), preset);
                plan = planner.fromPreset(scenario, saved.transcript(), saved.minute());
            } else if (point != null) {
                plan = planner.to(scenario, point);
            } else {
                plan = planner.fromStart(scenario);
            }
        } catch (TrialStartException | IOException e) {
            throw new Refusal(NLS.bind(Messages.Trial_cannotStart, scenario.getTitle(), e.getMessage()));
        }
        monitor.worked(1);
        String where = preset != null ? NLS.bind(Messages.Trial_fromPreset, preset)
                : point != null ? NLS.bind(Messages.Trial_fromPoint, pointTitle(scenario, point))
                        : Messages.Trial_fromStart;
        return new Prepared(pack, scenario, new Trial(packFolder, plan, where + ' ' + plan.describe(scenario)));
    }

    private static String pointTitle(Scenario scenario, String id) {
        return scenario.getDecisionPoints().stream().filter(p -> id.equals(p.getId())).findFirst()
                .map(p -> p.getTitle() == null ? id : p.getTitle()).orElse(id);
    }

    private static Optional<Scenario> scenarioOf(LoadedPack pack, Path file) {
        String name = file.getFileName().toString();
        return pack.scenarios().stream().filter(s -> s.eResource() != null
                && name.equals(s.eResource().getURI().lastSegment())).findFirst();
    }

    private static void open(IWorkbenchWindow window, Prepared prepared) {
        if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
            try {
                PlatformUI.getWorkbench().showPerspective(RogatoryUi.TRAINEE_PERSPECTIVE_ID, window);
            } catch (WorkbenchException e) {
                refuse(window.getShell(), e.getMessage());
                return;
            }
        }
        Job opening = CaseService.get().openTrial(prepared.pack(), prepared.scenario(), prepared.trial());
        opening.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!event.getResult().isOK() && window != null) {
                    Display display = window.getShell().getDisplay();
                    display.asyncExec(() -> refuse(window.getShell(), event.getResult().getMessage()));
                }
            }
        });
    }

    private static void refuse(Shell shell, String message) {
        if (shell == null || shell.isDisposed()) {
            ILog.of(TrialHandler.class).warn(message);
            return;
        }
        MessageDialog.openError(shell, Messages.Trial_refusedTitle, message);
    }
}
