package org.rogatory.ui.internal.play;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.Engine;
import org.rogatory.engine.packs.ImportedPack;
import org.rogatory.engine.packs.ImportedPacks;
import org.rogatory.engine.packs.InstalledPacks;
import org.rogatory.engine.packs.PackContribution;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.io.ImageCache;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.Scenario;

/**
 * Loads and validates the installed packs for the Case Library. A pack that cannot be loaded, or that has validation
 * errors, becomes an entry with its problems and no cases; the other packs stay playable.
 */
public final class CaseCatalog {

    /**
     * One installed pack as the library lists it.
     *
     * @param id the pack id
     * @param title the pack's title, or its id when it could not be loaded
     * @param pack the loaded pack; null when it cannot be played
     * @param problems what is wrong, each naming the file, the place and the fix; warnings of a playable pack too
     * @param checked whether the pack has been validated (or is known valid); an unchecked pack is listed but cannot be
     *            opened until the check ends
     * @param origin where the pack comes from: its {@link PackContribution}, its {@link ImportedPack}, or null
     */
    public record PackEntry(String id, String title, LoadedPack pack, List<String> problems, boolean checked,
            Object origin) {

        /** Copies the list. */
        public PackEntry {
            problems = List.copyOf(problems);
        }

        /** An entry that needs no check: a pack that could not be loaded, or a problem of its own. */
        public PackEntry(String id, String title, LoadedPack pack, List<String> problems) {
            this(id, title, pack, problems, true, null);
        }

        /** Whether the pack's cases can be played (once checked). */
        public boolean playable() {
            return pack != null;
        }

        /** The pack's cases, in pack order; none when it cannot be played. */
        public List<Scenario> cases() {
            return pack == null ? List.of() : pack.scenarios();
        }
    }

    private CaseCatalog() {
    }

    /**
     * Loads every installed pack and validates it, as one step (the workbench lists first and checks after, see
     * {@link #loadUnchecked} and {@link #check}).
     *
     * @param engine the engine whose validator checks the packs
     * @param installed the pack contributions
     * @param monitor progress; loading stops early when cancelled
     * @return the packs, built-in first, then any registration problems as entries of their own
     */
    public static List<PackEntry> load(Engine engine, InstalledPacks installed, IProgressMonitor monitor) {
        return loadUnchecked(installed, null, null, monitor).stream().map(e -> check(e, () -> engine, null)).toList();
    }

    /**
     * Loads every installed pack, then the packs imported from archives, without validating them: the library can list
     * them at once and {@link #check} them in the background.
     *
     * @param installed the pack contributions
     * @param imported the packs imported from archives; null for none
     * @param images images of pack files read before, to read them faster; null to read every file's XMI
     * @param monitor progress; loading stops early when cancelled
     * @return plug-in packs (built-in first), then imported packs, then registration problems as entries of their own
     */
    public static List<PackEntry> loadUnchecked(InstalledPacks installed, ImportedPacks imported, ImageCache images,
            IProgressMonitor monitor) {
        ScenarioLoader loader = new ScenarioLoader().withImages(images);
        List<PackContribution> contributions = installed.packs();
        List<ImportedPack> archives = imported == null ? List.of() : imported.packs();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Catalog_loading,
                contributions.size() + archives.size() + 1);
        List<PackEntry> entries = new ArrayList<>();
        for (PackContribution contribution : contributions) {
            if (progress.isCanceled()) {
                break;
            }
            progress.subTask(NLS.bind(Messages.Catalog_loadingPack, contribution.id()));
            entries.add(load(contribution, loader));
            progress.worked(1);
        }
        for (ImportedPack archive : archives) {
            if (progress.isCanceled()) {
                break;
            }
            progress.subTask(NLS.bind(Messages.Catalog_loadingPack, archive.id()));
            entries.add(load(archive, loader));
            progress.worked(1);
        }
        if (imported != null) {
            for (String problem : imported.problems()) {
                entries.add(new PackEntry("", Messages.Catalog_importProblem, null, List.of(problem))); //$NON-NLS-1$
            }
        }
        for (String problem : installed.problems()) {
            entries.add(new PackEntry("", Messages.Catalog_registrationProblem, null, List.of(problem))); //$NON-NLS-1$
        }
        progress.done();
        return entries;
    }

    /**
     * Validates a loaded pack with the engine's validator, unless {@code cache} knows it validated cleanly as installed
     * now: a pack plug-in cannot change without being installed again. A pack with errors comes back unplayable.
     *
     * @param entry the entry as loaded
     * @param engine the engine; asked for only when the pack must be validated
     * @param cache the plug-in packs known to be valid; null to validate every pack
     * @return the checked entry
     */
    public static PackEntry check(PackEntry entry, Supplier<Engine> engine, ValidationCache cache) {
        if (entry.checked() || entry.pack() == null) {
            return entry;
        }
        PackContribution contribution = entry.origin() instanceof PackContribution c ? c : null;
        if (cache != null && contribution != null && cache.isKnownClean(contribution)) {
            return new PackEntry(entry.id(), entry.title(), entry.pack(), List.of(), true, entry.origin());
        }
        List<PackProblem> problems = new PackValidator(engine.get()).validate(entry.pack());
        boolean errors = problems.stream().anyMatch(p -> p.severity() == PackProblem.Severity.ERROR);
        if (cache != null && contribution != null && problems.isEmpty()) {
            cache.rememberClean(contribution);
        }
        return new PackEntry(entry.id(), entry.title(), errors ? null : entry.pack(),
                problems.stream().map(PackProblem::toString).toList(), true, entry.origin());
    }

    /**
     * Leaves images of the packs' files for the next start, for every pack that was read (partly) from XMI: its
     * origin is loaded once more with a loader that writes images. A pack that cannot be loaded again is left alone;
     * images only ever speed loading up.
     *
     * @param entries the packs as listed
     * @param images where images are kept; null for none
     * @param monitor stops early when cancelled
     */
    public static void keepImages(List<PackEntry> entries, ImageCache images, IProgressMonitor monitor) {
        if (images == null) {
            return;
        }
        ScenarioLoader writing = new ScenarioLoader().withImages(images);
        for (PackEntry entry : entries) {
            if (monitor.isCanceled()) {
                return;
            }
            if (entry.pack() == null || ImageCache.holdsAllOf(entry.pack())) {
                continue;
            }
            try {
                if (entry.origin() instanceof PackContribution contribution) {
                    contribution.load(writing);
                } else if (entry.origin() instanceof ImportedPack imported) {
                    imported.load(writing);
                }
            } catch (LoadException | RuntimeException e) {
                // The entry keeps what the first load gave; the next start reads the XMI again.
            }
        }
    }

    /** Loads a pack imported from an archive (it was validated when imported, but files can change: it is checked). */
    private static PackEntry load(ImportedPack imported, ScenarioLoader loader) {
        LoadedPack pack;
        try {
            pack = imported.load(loader);
        } catch (LoadException e) {
            return new PackEntry(imported.id(), imported.id(), null,
                    e.getProblems().stream().map(LoadProblem::toString).toList());
        }
        String title = pack.pack().getTitle() == null ? imported.id() : pack.pack().getTitle();
        return new PackEntry(imported.id(), NLS.bind(Messages.Catalog_imported, title), pack, List.of(), false,
                imported);
    }

    private static PackEntry load(PackContribution contribution, ScenarioLoader loader) {
        LoadedPack pack;
        try {
            pack = contribution.load(loader);
        } catch (LoadException e) {
            return new PackEntry(contribution.id(), contribution.id(), null,
                    e.getProblems().stream().map(LoadProblem::toString).toList());
        } catch (RuntimeException e) {
            return new PackEntry(contribution.id(), contribution.id(), null,
                    List.of(NLS.bind(Messages.Catalog_unexpected, contribution, String.valueOf(e.getMessage()))));
        }
        String title = pack.pack().getTitle() == null ? contribution.id() : pack.pack().getTitle();
        return new PackEntry(contribution.id(), title, pack, List.of(), false, contribution);
    }
}
