package org.rogatory.editor.internal.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.Engine;
import org.rogatory.engine.packs.PackProjects;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.archive.ArchiveManifest;
import org.rogatory.model.archive.PackArchives;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;

/**
 * Exports a pack from the workbench exactly as the command line's {@code pack export} and {@code pack project} do,
 * with the same engine and model APIs: the saved pack folder is loaded and validated (a pack with errors is refused,
 * with the list, so a centre never distributes one), then written in a background job with progress. The job's result
 * says what happened in words: where the export went and its digest, or which file, where and how to fix it.
 */
public final class PackExports {

    /** The family of export jobs, so tests and shutdown can wait for them. */
    public static final Object FAMILY = new Object();

    private static final String PLUGIN_ID = "org.rogatory.editor"; //$NON-NLS-1$

    private static Engine engine;

    private PackExports() {
    }

    private static synchronized Engine engine() {
        if (engine == null) {
            engine = Engine.standard();
        }
        return engine;
    }

    /**
     * Exports a pack as a {@code .rogpack} archive.
     *
     * @param packFolder the saved pack folder
     * @param archive the archive to write (replaced if it exists)
     * @return the job, already scheduled; its result's message is what the author reads
     */
    public static Job archive(Path packFolder, Path archive) {
        return schedule(NLS.bind(Messages.Export_archiveJob, packFolder.getFileName()), monitor -> {
            LoadedPack pack = validPack(packFolder, monitor);
            monitor.subTask(NLS.bind(Messages.Export_writing, archive));
            try {
                ArchiveManifest manifest = PackArchives.write(pack, archive);
                return new Status(IStatus.OK, PLUGIN_ID, NLS.bind(Messages.Export_archiveDone, new Object[] {
                        manifest.id(), manifest.version(), manifest.entries().size(), archive, manifest.digest() }));
            } catch (IOException e) {
                return error(NLS.bind(Messages.Export_cannotWrite, archive, e.getMessage()), e);
            }
        });
    }

    /**
     * Exports a pack as a plug-in project a regional centre builds with Maven (the build validates the pack and fails
     * on errors).
     *
     * @param packFolder the saved pack folder
     * @param folder the project folder, which must not exist yet or be empty
     * @param bundleName the plug-in's symbolic name, see {@link PackProjects#isBundleName(String)}
     * @return the job, already scheduled; its result's message is what the author reads
     */
    public static Job project(Path packFolder, Path folder, String bundleName) {
        return schedule(NLS.bind(Messages.Export_projectJob, packFolder.getFileName()), monitor -> {
            LoadedPack pack = validPack(packFolder, monitor);
            monitor.subTask(NLS.bind(Messages.Export_writing, folder));
            try {
                PackProjects.write(pack, folder, bundleName);
                return new Status(IStatus.OK, PLUGIN_ID, NLS.bind(Messages.Export_projectDone, new Object[] {
                        pack.pack().getId(), bundleName, folder, installFolder() }));
            } catch (IOException e) {
                return error(NLS.bind(Messages.Export_cannotWrite, folder, e.getMessage()), e);
            }
        });
    }

    private interface Work {
        IStatus run(IProgressMonitor monitor) throws Refused;
    }

    /** The pack cannot be exported; the message lists why. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private static Job schedule(String name, Work work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(name, 3);
                try {
                    return work.run(monitor);
                } catch (Refused refused) {
                    return error(refused.getMessage(), null);
                } catch (RuntimeException e) {
                    Platform.getLog(PackExports.class).error(e.getMessage(), e);
                    return error(NLS.bind(Messages.Export_unexpected, String.valueOf(e.getMessage())), e);
                } finally {
                    monitor.done();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Loads and validates the saved pack; refuses it with every load problem or error. */
    private static LoadedPack validPack(Path packFolder, IProgressMonitor monitor) throws Refused {
        monitor.subTask(NLS.bind(Messages.Export_loading, packFolder));
        LoadedPack pack;
        try {
            pack = new ScenarioLoader().loadPack(packFolder);
        } catch (LoadException e) {
            throw new Refused(NLS.bind(Messages.Export_loadFailed, packFolder,
                    e.getProblems().stream().map(Object::toString).collect(Collectors.joining("\n")))); //$NON-NLS-1$
        }
        monitor.worked(1);
        monitor.subTask(NLS.bind(Messages.Export_validating, pack.pack().getId()));
        List<PackProblem> errors = new PackValidator(engine()).validate(pack).stream()
                .filter(p -> p.severity() == PackProblem.Severity.ERROR).toList();
        monitor.worked(1);
        if (!errors.isEmpty()) {
            throw new Refused(NLS.bind(Messages.Export_hasErrors, new Object[] { pack.pack().getId(), errors.size(),
                    errors.stream().map(p -> NLS.bind(Messages.Export_problem, new Object[] { p.file(), p.element(),
                            p.message() })).collect(Collectors.joining("\n")) })); //$NON-NLS-1$
        }
        return pack;
    }

    private static IStatus error(String message, Throwable cause) {
        return new Status(IStatus.ERROR, PLUGIN_ID, message, cause);
    }

    /** The folder this Rogatory runs from, which the exported build's {@code rogatory.home} must name. */
    private static String installFolder() {
        String area = System.getProperty("osgi.install.area"); //$NON-NLS-1$
        if (area == null) {
            return Messages.Export_installFolderUnknown;
        }
        return area.startsWith("file:") ? Path.of(area.substring("file:".length())).toString() : area; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
