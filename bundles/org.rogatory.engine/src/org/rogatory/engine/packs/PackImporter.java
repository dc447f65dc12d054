package org.rogatory.engine.packs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Version;
import org.rogatory.engine.Engine;
import org.rogatory.engine.RogatoryVersion;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.archive.ArchiveException;
import org.rogatory.model.archive.ArchiveManifest;
import org.rogatory.model.archive.PackArchive;
import org.rogatory.model.archive.PackArchives;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackLayout;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.Pack;

/**
 * Imports pack archives: reads the archive (every hostile trick refused), loads the pack from memory with the loader's
 * rules (no DOCTYPE, nothing outside the pack), checks it against its manifest and this Rogatory's version, validates
 * it with the engine that will judge the trainees, and only then writes it, atomically, into a folder of imported
 * packs. A pack with errors is never installed; warnings are reported and do not stop it.
 */
public final class PackImporter {

    private final Engine engine;

    /**
     * Creates an importer that validates with {@code engine}.
     *
     * @param engine the engine whose rules and knowledge base validate imported packs
     */
    public PackImporter(Engine engine) {
        this.engine = engine;
    }

    /**
     * An archive that passed every check and can be installed.
     *
     * @param archive the archive, in memory
     * @param pack the pack loaded from it
     * @param warnings what the validator found that does not stop the pack
     */
    public record Checked(PackArchive archive, LoadedPack pack, List<PackProblem> warnings) {
    }

    /**
     * Checks an archive without writing anything, for a user interface that shows what it is about to install.
     *
     * @param archive the archive file
     * @return the checked archive and its pack
     * @throws PackImportException listing why the archive is refused
     */
    public Checked check(Path archive) throws PackImportException {
        PackArchive read;
        try {
            read = PackArchives.read(archive);
        } catch (ArchiveException e) {
            throw refused(archive, List.of(e.getProblem().toString()));
        }
        LoadedPack pack;
        try {
            pack = new ScenarioLoader().loadPack(read.source());
        } catch (LoadException e) {
            throw refused(archive, e.getProblems().stream().map(LoadProblem::toString).toList());
        }
        List<String> mismatches = matchManifest(read, pack);
        if (!mismatches.isEmpty()) {
            throw refused(archive, mismatches);
        }
        List<PackProblem> problems = new PackValidator(engine).validate(pack);
        List<String> errors = new ArrayList<>();
        List<PackProblem> warnings = new ArrayList<>();
        for (PackProblem problem : problems) {
            if (problem.severity() == PackProblem.Severity.ERROR) {
                errors.add(read.source().describe(problem.file()) + ": " + problem.element() + ": " //$NON-NLS-1$ //$NON-NLS-2$
                        + problem.severity() + ": " + problem.message()); //$NON-NLS-1$
            } else {
                warnings.add(problem);
            }
        }
        if (!errors.isEmpty()) {
            errors.add(Messages.PackImporter_errorsHint);
            throw refused(archive, errors);
        }
        return new Checked(read, pack, warnings);
    }

    /**
     * Checks an archive and installs its pack into a folder of imported packs, as {@code <folder>/<pack id>},
     * replacing an earlier import of the same pack.
     *
     * @param archive the archive file
     * @param folder the folder of imported packs, e.g. {@link ImportedPacks#defaultFolder()}
     * @return the installed pack
     * @throws PackImportException listing why the archive is refused; nothing was written
     * @throws IOException if the checked pack cannot be written; the folder is then as it was
     */
    public ImportedPack install(Path archive, Path folder) throws PackImportException, IOException {
        Checked checked = check(archive);
        return install(checked, folder);
    }

    /**
     * Installs an archive that {@link #check(Path)} accepted.
     *
     * @param checked the checked archive
     * @param folder the folder of imported packs
     * @return the installed pack
     * @throws IOException if the pack cannot be written; the folder is then as it was
     */
    public ImportedPack install(Checked checked, Path folder) throws IOException {
        String id = checked.pack().pack().getId();
        Path target = folder.toAbsolutePath().normalize().resolve(id);
        checked.archive().extractTo(target);
        return ImportedPacks.in(folder).find(id).orElseThrow(() -> new IOException(target.toString()));
    }

    private static List<String> matchManifest(PackArchive archive, LoadedPack loaded) {
        ArchiveManifest manifest = archive.manifest();
        Pack pack = loaded.pack();
        String file = archive.source().describe(PackLayout.PACK_FILE);
        List<String> problems = new ArrayList<>();
        if (!manifest.id().equals(pack.getId()) || !manifest.version().equals(String.valueOf(pack.getVersion()))) {
            problems.add(new LoadProblem(file, 0, 0, NLS.bind(Messages.PackImporter_manifestMismatch, new Object[] {
                    manifest.id(), manifest.version(), pack.getId(), pack.getVersion() }),
                    Messages.PackImporter_manifestMismatchHint).toString());
        }
        String needed = pack.getMinRogatoryVersion();
        Version current = RogatoryVersion.current();
        if (needed != null && !needed.isBlank() && !Version.emptyVersion.equals(current)) {
            try {
                Version required = Version.parseVersion(needed.strip());
                Version running = new Version(current.getMajor(), current.getMinor(), current.getMicro());
                if (required.compareTo(running) > 0) {
                    problems.add(new LoadProblem(file, 0, 0,
                            NLS.bind(Messages.PackImporter_tooOld, needed, RogatoryVersion.display()),
                            NLS.bind(Messages.PackImporter_tooOldHint, needed)).toString());
                }
            } catch (IllegalArgumentException e) {
                // The format's Version pattern already refused a malformed value at load time.
            }
        }
        return problems;
    }

    private static PackImportException refused(Path archive, List<String> problems) {
        return new PackImportException(NLS.bind(Messages.PackImporter_refused, archive), problems);
    }
}
