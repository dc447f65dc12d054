package org.rogatory.ui.internal.play;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.Engine;
import org.rogatory.engine.packs.InstalledPacks;
import org.rogatory.engine.packs.PackContribution;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
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
     * @param pack the loaded and valid pack; null when it cannot be played
     * @param problems what is wrong, each naming the file, the place and the fix; warnings of a playable pack too
     */
    public record PackEntry(String id, String title, LoadedPack pack, List<String> problems) {

        /** Copies the list. */
        public PackEntry {
            problems = List.copyOf(problems);
        }

        /** Whether the pack's cases can be played. */
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
     * Loads every installed pack.
     *
     * @param engine the engine whose validator checks the packs
     * @param installed the pack contributions
     * @param monitor progress; loading stops early when cancelled
     * @return the packs, built-in first, then any registration problems as entries of their own
     */
    public static List<PackEntry> load(Engine engine, InstalledPacks installed, IProgressMonitor monitor) {
        List<PackContribution> contributions = installed.packs();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Catalog_loading, contributions.size() + 1);
        List<PackEntry> entries = new ArrayList<>();
        for (PackContribution contribution : contributions) {
            if (progress.isCanceled()) {
                break;
            }
            progress.subTask(NLS.bind(Messages.Catalog_loadingPack, contribution.id()));
            entries.add(load(engine, contribution));
            progress.worked(1);
        }
        for (String problem : installed.problems()) {
            entries.add(new PackEntry("", Messages.Catalog_registrationProblem, null, List.of(problem))); //$NON-NLS-1$
        }
        progress.done();
        return entries;
    }

    private static PackEntry load(Engine engine, PackContribution contribution) {
        LoadedPack pack;
        try {
            pack = contribution.load(new ScenarioLoader());
        } catch (LoadException e) {
            return new PackEntry(contribution.id(), contribution.id(), null,
                    e.getProblems().stream().map(LoadProblem::toString).toList());
        } catch (RuntimeException e) {
            return new PackEntry(contribution.id(), contribution.id(), null,
                    List.of(NLS.bind(Messages.Catalog_unexpected, contribution, String.valueOf(e.getMessage()))));
        }
        List<PackProblem> problems = new PackValidator(engine).validate(pack);
        List<String> texts = problems.stream().map(PackProblem::toString).toList();
        boolean errors = problems.stream().anyMatch(p -> p.severity() == PackProblem.Severity.ERROR);
        String title = pack.pack().getTitle() == null ? contribution.id() : pack.pack().getTitle();
        return new PackEntry(contribution.id(), title, errors ? null : pack, texts);
    }
}
