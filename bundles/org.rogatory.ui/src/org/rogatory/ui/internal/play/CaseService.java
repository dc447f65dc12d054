package org.rogatory.ui.internal.play;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.rogatory.engine.Engine;
import org.rogatory.engine.journal.SessionInfo;
import org.rogatory.engine.journal.SessionStore;
import org.rogatory.engine.packs.ImportedPack;
import org.rogatory.engine.packs.ImportedPacks;
import org.rogatory.engine.packs.InstalledPacks;
import org.rogatory.engine.packs.PackImportException;
import org.rogatory.engine.packs.PackImporter;
import org.rogatory.engine.session.Decision;
import org.rogatory.model.io.ImageCache;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.ui.internal.play.CaseCatalog.PackEntry;
import org.rogatory.ui.internal.play.ProgressStore.CaseProgress;

/**
 * What the trainee workbench plays: the catalog of installed packs, the open case and the saved progress. Views listen
 * to it and read from it; every notification arrives on the UI thread. Slow work (loading packs, opening a case from
 * its journal) runs in jobs of the family {@link #JOB_FAMILY}, with progress; taking a decision runs on the UI thread,
 * because the trainee waits for its feedback and the engine answers in well under a millisecond.
 */
public final class CaseService {

    /** The family of this service's jobs, so tests and shutdown can wait for them. */
    public static final Object JOB_FAMILY = new Object();

    /** The family of the job that loads and checks the packs, which opening a case waits for. */
    public static final Object CATALOG_FAMILY = new Object();

    /** What views hear from the service. Every method runs on the UI thread. */
    public interface Listener {
        /** The packs were (re)loaded. */
        default void catalogChanged(List<PackEntry> packs) {
        }

        /** A case was opened, changed (a decision, time passing) or closed ({@code run} null). */
        default void caseChanged(CaseRun run, Decision decision) {
        }
    }

    private static CaseService instance;

    private final Path folder;
    private final Display display;
    private final ProgressStore progress;
    private final ValidationCache validationCache;
    private final ImageCache images;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Engine engine;
    private volatile List<PackEntry> packs = List.of();
    private volatile boolean loaded;
    private CaseRun run;
    private String runPackId;
    private volatile String lastImport;
    /** Closed while the workbench starts: the packs are listed at once but checked only once the window is up. */
    private volatile CountDownLatch checkGate = new CountDownLatch(0);

    /**
     * Creates a service that keeps its files in {@code folder}.
     *
     * @param folder where journals and progress live
     * @param display the display whose thread views run on
     */
    public CaseService(Path folder, Display display) {
        this.folder = folder;
        this.display = display;
        this.progress = new ProgressStore(folder.resolve("progress.properties")); //$NON-NLS-1$
        this.validationCache = new ValidationCache(folder.resolve("validated-packs.properties")); //$NON-NLS-1$
        this.images = ImageCache.in(folder.resolve("pack-images")); //$NON-NLS-1$
    }

    /** The workbench's service, keeping its files in this bundle's state location. */
    public static synchronized CaseService get() {
        if (instance == null) {
            Path state = Platform.getStateLocation(Platform.getBundle("org.rogatory.ui")).toFile().toPath(); //$NON-NLS-1$
            instance = new CaseService(state, Display.getDefault());
        }
        return instance;
    }

    /** Shuts the workbench's service down if it was ever started. */
    public static synchronized void shutdownIfStarted() {
        if (instance != null) {
            instance.shutdown();
        }
    }

    /**
     * Replaces the workbench's service; its listeners move to the new one. Tests use this to simulate closing and
     * reopening the workbench: a fresh service over the same folder must resume where the old one stopped.
     */
    public static synchronized void set(CaseService service) {
        if (instance != null && instance != service) {
            service.listeners.addAll(instance.listeners);
            instance.listeners.clear();
        }
        instance = service;
    }

    /** Where packs imported from archives are kept. */
    public Path importedFolder() {
        return folder.resolve("imported-packs"); //$NON-NLS-1$
    }

    /**
     * Imports a pack archive in a job: checks it completely (hostile content, digest, validation) before anything is
     * written, installs it into {@link #importedFolder()}, then reloads the packs. The job's result says what happened;
     * a refusal lists every reason and writes nothing.
     *
     * @param archive the {@code .rogpack} file
     * @return the job, already scheduled
     */
    public Job importArchive(Path archive) {
        Job job = new ServiceJob(NLS.bind(Messages.Service_importing, archive.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    PackImporter importer = new PackImporter(engine());
                    PackImporter.Checked checked = importer.check(archive);
                    ImportedPack installed = importer.install(checked, importedFolder());
                    lastImport = installed.id();
                    loadPacks();
                    return Status.OK_STATUS;
                } catch (PackImportException e) {
                    return new Status(IStatus.ERROR, "org.rogatory.ui", //$NON-NLS-1$
                            NLS.bind(Messages.Service_importRefused, archive) + '\n' + String.join("\n", e.problems())); //$NON-NLS-1$
                } catch (IOException e) {
                    return new Status(IStatus.ERROR, "org.rogatory.ui", //$NON-NLS-1$
                            NLS.bind(Messages.Service_importRefused, archive) + '\n' + e.getMessage(), e);
                }
            }
        };
        job.schedule();
        return job;
    }

    /** The id of the pack the last successful import installed, if any. */
    public Optional<String> lastImport() {
        return Optional.ofNullable(lastImport);
    }

    /** Where journals and progress live. */
    public Path folder() {
        return folder;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** The engine, created on first use (it reads the knowledge base). */
    public Engine engine() {
        Engine current = engine;
        if (current == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = Engine.standard();
                }
                current = engine;
            }
        }
        return current;
    }

    /** The packs as last loaded; empty until the first load ends. */
    public List<PackEntry> packs() {
        return packs;
    }

    /** Whether the packs have been loaded at least once. */
    public boolean isLoaded() {
        return loaded;
    }

    /** The open case, if any. */
    public Optional<CaseRun> run() {
        return Optional.ofNullable(run);
    }

    /** The id of the open case's pack, if any. */
    public Optional<String> runPackId() {
        return Optional.ofNullable(runPackId);
    }

    /** The saved progress of a case. */
    public CaseProgress progress(String packId, String scenarioId) {
        return progress.get(packId, scenarioId);
    }

    /** Loads the packs unless they are loaded or loading already. */
    public void loadPacksOnce() {
        if (!loaded && Job.getJobManager().find(JOB_FAMILY).length == 0) {
            loadPacks();
        }
    }

    /**
     * Loads the installed packs in a job, in two steps: first it loads them and lists them, so the library is usable
     * at once; then it validates them (each plug-in pack only once per installed version) and lists them again, a pack
     * with errors now with its problems. A case opens only once its pack is checked. On the first load the case that
     * was open when the workbench last closed is reopened.
     *
     * @return the job, already scheduled
     */
    public Job loadPacks() {
        boolean first = !loaded;
        Job job = new ServiceJob(Messages.Catalog_loading) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<PackEntry> listed;
                try {
                    // Images are only read now: writing them can wait until the window is up and the packs checked.
                    listed = CaseCatalog.loadUnchecked(InstalledPacks.fromPlatform(),
                            ImportedPacks.in(importedFolder()), images.readOnly(), monitor);
                } catch (RuntimeException e) {
                    listed = List.of(failure(e));
                }
                publish(listed, first);
                if (!awaitCheckGate(monitor)) {
                    return Status.CANCEL_STATUS;
                }
                publish(checked(listed), false);
                CaseCatalog.keepImages(listed, images, monitor);
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == CATALOG_FAMILY || super.belongsTo(family);
            }
        };
        job.schedule();
        return job;
    }

    /**
     * Holds the packs' check (the knowledge base, the validator) until {@link #releaseChecks()}: while the workbench
     * builds its window, the loading job lists the packs and then waits, so the check does not compete with the window
     * for the processor. Opening a case still waits for its pack's check.
     */
    public void holdChecks() {
        checkGate = new CountDownLatch(1);
    }

    /** Lets held checks run; the workbench calls it once its window is up, and shutting down calls it too. */
    public void releaseChecks() {
        checkGate.countDown();
    }

    /** Waits for the check gate; false when the job was cancelled meanwhile. */
    private boolean awaitCheckGate(IProgressMonitor monitor) {
        try {
            while (!checkGate.await(100, TimeUnit.MILLISECONDS)) {
                if (monitor.isCanceled()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<PackEntry> checked(List<PackEntry> listed) {
        try {
            return listed.stream().map(entry -> CaseCatalog.check(entry, CaseService.this::engine, validationCache))
                    .toList();
        } catch (RuntimeException e) {
            return List.of(failure(e));
        }
    }

    private static PackEntry failure(RuntimeException e) {
        Platform.getLog(CaseService.class).error(e.getMessage(), e);
        return new PackEntry("", Messages.Catalog_registrationProblem, null, //$NON-NLS-1$
                List.of(NLS.bind(Messages.Catalog_failed, String.valueOf(e.getMessage()))));
    }

    private void publish(List<PackEntry> entries, boolean reopen) {
        packs = entries;
        loaded = true;
        inUi(() -> {
            listeners.forEach(l -> l.catalogChanged(entries));
            if (reopen) {
                reopenLast();
            }
        });
    }

    /** Whether every listed pack has been checked. */
    public boolean isChecked() {
        return loaded && packs.stream().allMatch(PackEntry::checked);
    }

    private void reopenLast() {
        progress.lastOpen().ifPresent(last -> findCase(last[0], last[1])
                .ifPresent(found -> openCase(found.pack(), found.scenario(), false)));
    }

    /** A case of a playable pack. */
    public record Found(PackEntry pack, Scenario scenario) {
    }

    /** Finds a case of a playable pack by ids. */
    public Optional<Found> findCase(String packId, String scenarioId) {
        for (PackEntry entry : packs) {
            if (entry.playable() && entry.id().equals(packId)) {
                return entry.pack().scenario(scenarioId).map(s -> new Found(entry, s));
            }
        }
        return Optional.empty();
    }

    /**
     * Opens a case in a job: resumes it from its journal, or starts it (afresh when {@code restart}).
     *
     * @return the job, already scheduled
     */
    public Job openCase(PackEntry pack, Scenario scenario, boolean restart) {
        Job job = new ServiceJob(NLS.bind(Messages.Service_opening, scenario.getTitle())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Path caseFolder = folder.resolve("sessions").resolve(pack.id()).resolve(scenario.getId()); //$NON-NLS-1$
                try {
                    Job.getJobManager().join(CATALOG_FAMILY, monitor);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                }
                Optional<Found> current = findCase(pack.id(), scenario.getId());
                PackEntry checked = current.map(found -> CaseCatalog.check(found.pack(), CaseService.this::engine,
                        validationCache)).orElse(null);
                if (checked == null || !checked.playable()) {
                    return new Status(IStatus.ERROR, "org.rogatory.ui", //$NON-NLS-1$
                            NLS.bind(Messages.Service_packUnplayable, scenario.getTitle(), pack.id()));
                }
                try {
                    CaseRun opened = restart
                            ? CaseRun.start(engine(), pack.pack(), scenario, new SessionStore(caseFolder), trainee())
                            : CaseRun.open(engine(), pack.pack(), scenario, caseFolder, trainee());
                    inUi(() -> install(pack.id(), opened));
                    return Status.OK_STATUS;
                } catch (IOException | RuntimeException e) {
                    return new Status(IStatus.ERROR, "org.rogatory.ui", //$NON-NLS-1$
                            NLS.bind(Messages.Service_openFailed, new Object[] { scenario.getTitle(), caseFolder,
                                    String.valueOf(e.getMessage()) }),
                            e);
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * Where trials keep their journals: apart from the trainee's sessions, so a trial never touches the trainee's
     * saved cases, progress or Case Library.
     */
    public Path trialFolder() {
        return folder.resolve("trials"); //$NON-NLS-1$
    }

    /**
     * Opens an author's trial in a job: replays its plan into a fresh journal in {@link #trialFolder()} (the previous
     * trial of the same scenario is deleted first) and shows it in the views. The trainee's progress and last open
     * case are left as they are.
     *
     * @param pack the pack, loaded from the author's folder and already validated
     * @param scenario the scenario to try
     * @param trial where the trial starts
     * @return the job, already scheduled
     */
    public Job openTrial(LoadedPack pack, Scenario scenario, Trial trial) {
        Job job = new ServiceJob(NLS.bind(Messages.Service_openingTrial, scenario.getTitle())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Path trialFolder = trialFolder().resolve(pack.pack().getId()).resolve(scenario.getId());
                try {
                    SessionStore store = new SessionStore(trialFolder);
                    for (SessionInfo old : store.list()) {
                        if (run == null || !old.file().equals(run.journalFile())) {
                            store.delete(old.id());
                        }
                    }
                    CaseRun opened = CaseRun.startTrial(engine(), pack, scenario, store, trial);
                    inUi(() -> install(pack.pack().getId(), opened));
                    return Status.OK_STATUS;
                } catch (IOException | RuntimeException e) {
                    return new Status(IStatus.ERROR, "org.rogatory.ui", //$NON-NLS-1$
                            NLS.bind(Messages.Service_trialFailed, new Object[] { scenario.getTitle(), trialFolder,
                                    String.valueOf(e.getMessage()) }),
                            e);
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void install(String packId, CaseRun opened) {
        closeRun();
        run = opened;
        runPackId = packId;
        if (opened.trial().isEmpty()) {
            record(() -> progress.setLastOpen(packId, opened.scenario().getId()));
        }
        updateProgress();
        listeners.forEach(l -> l.caseChanged(opened, null));
    }

    /**
     * Takes an action in the open case. Must be called on the UI thread.
     *
     * @return the decision
     * @throws IOException if it could not be journalled (the case is unchanged)
     */
    public Decision take(String actionId, List<String> requestElements) throws IOException {
        CaseRun current = requireRun();
        Decision decision = current.take(actionId, requestElements);
        updateProgress();
        listeners.forEach(l -> l.caseChanged(current, decision));
        return decision;
    }

    /** Lets time pass in the open case up to {@code minute}. Must be called on the UI thread. */
    public void advanceTo(int minute) throws IOException {
        CaseRun current = requireRun();
        try {
            current.advanceTo(minute);
        } finally {
            updateProgress();
            listeners.forEach(l -> l.caseChanged(current, null));
        }
    }

    /** Ends the open case at the trainee's request. Must be called on the UI thread. */
    public void stop() throws IOException {
        CaseRun current = requireRun();
        try {
            current.stop();
        } finally {
            updateProgress();
            listeners.forEach(l -> l.caseChanged(current, null));
        }
    }

    private CaseRun requireRun() {
        if (run == null) {
            throw new IllegalStateException(Messages.Service_noCase);
        }
        return run;
    }

    private void updateProgress() {
        CaseRun current = run;
        if (current == null || current.trial().isPresent()) {
            return;
        }
        CaseProgress now = current.isEnded()
                ? new CaseProgress(ProgressStore.Status.COMPLETED, current.debrief().total())
                : new CaseProgress(ProgressStore.Status.IN_PROGRESS, 0);
        record(() -> progress.set(runPackId, current.scenario().getId(), now));
    }

    /** Closes the open case (its journal stays on disk to resume later). */
    public void closeRun() {
        if (run != null) {
            CaseRun closing = run;
            run = null;
            runPackId = null;
            try {
                closing.close();
            } catch (IOException e) {
                Platform.getLog(CaseService.class).error(NLS.bind(Messages.Service_closeFailed, closing.journalFile()), e);
            }
        }
    }

    /** Closes the open case as the workbench shuts down, remembering it so the next start reopens it. */
    public void shutdown() {
        releaseChecks();
        Job.getJobManager().cancel(JOB_FAMILY);
        closeRun();
    }

    private void record(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            Platform.getLog(CaseService.class).error(NLS.bind(Messages.Service_progressFailed, folder), e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static String trainee() {
        String name = System.getProperty("user.name"); //$NON-NLS-1$
        return name == null || name.isBlank() ? "trainee" : name; //$NON-NLS-1$
    }

    private void inUi(Runnable runnable) {
        if (!display.isDisposed()) {
            display.asyncExec(runnable);
        }
    }

    private abstract static class ServiceJob extends Job {
        ServiceJob(String name) {
            super(name);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == JOB_FAMILY;
        }
    }
}
