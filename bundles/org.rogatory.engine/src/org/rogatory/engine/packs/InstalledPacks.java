package org.rogatory.engine.packs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.rogatory.model.io.PackSource;

/**
 * The scenario packs that installed plug-ins contribute to the {@code org.rogatory.engine.packs} extension point.
 * Reading never fails: a contribution that cannot be used (an attribute missing, a folder that is not a plain
 * relative path, a pack id given twice) becomes a problem that names the plug-in and the fix, and the other packs stay
 * usable. Built-in packs come first, then the others by id.
 */
public final class InstalledPacks {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.rogatory.engine.packs"; //$NON-NLS-1$

    private static final String PACK = "pack"; //$NON-NLS-1$
    private static final String ID = "id"; //$NON-NLS-1$
    private static final String FOLDER = "folder"; //$NON-NLS-1$
    private static final String BUILT_IN = "builtIn"; //$NON-NLS-1$

    private final List<PackContribution> packs;
    private final List<String> problems;

    private InstalledPacks(List<PackContribution> packs, List<String> problems) {
        this.packs = List.copyOf(packs);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads the contributions from the running platform's extension registry.
     *
     * @return the installed packs; empty, with a problem, when no registry is running
     */
    public static InstalledPacks fromPlatform() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return new InstalledPacks(List.of(), List.of(Messages.InstalledPacks_noRegistry));
        }
        return read(registry);
    }

    /**
     * Reads the contributions from {@code registry}.
     *
     * @param registry the extension registry
     * @return the installed packs and the problems found
     */
    public static InstalledPacks read(IExtensionRegistry registry) {
        List<PackContribution> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            if (!PACK.equals(element.getName())) {
                problems.add(NLS.bind(Messages.InstalledPacks_unknownElement, contributor, element.getName()));
                continue;
            }
            String id = trimmed(element.getAttribute(ID));
            String folder = trimmed(element.getAttribute(FOLDER));
            if (id.isEmpty() || folder == null) {
                problems.add(NLS.bind(Messages.InstalledPacks_missingAttribute, contributor));
                continue;
            }
            Bundle bundle = bundleNamed(contributor);
            if (bundle == null) {
                problems.add(NLS.bind(Messages.InstalledPacks_noBundle, contributor, id));
                continue;
            }
            PackSource source;
            try {
                source = PackSource.bundle(bundle, folder);
            } catch (IllegalArgumentException e) {
                problems.add(NLS.bind(Messages.InstalledPacks_badFolder, new Object[] { contributor, id, folder }));
                continue;
            }
            boolean builtIn = Boolean.parseBoolean(element.getAttribute(BUILT_IN));
            found.add(new PackContribution(id, contributor, folder, builtIn, source));
        }
        return new InstalledPacks(withoutDuplicates(found, problems), problems);
    }

    /** Drops every contribution whose id another one also uses, since neither can be told apart from the other. */
    private static List<PackContribution> withoutDuplicates(List<PackContribution> found, List<String> problems) {
        Map<String, List<PackContribution>> byId = new LinkedHashMap<>();
        for (PackContribution pack : found) {
            byId.computeIfAbsent(pack.id(), k -> new ArrayList<>()).add(pack);
        }
        List<PackContribution> unique = new ArrayList<>();
        for (List<PackContribution> same : byId.values()) {
            if (same.size() == 1) {
                unique.add(same.get(0));
            } else {
                List<String> names = same.stream().map(PackContribution::contributor).sorted().toList();
                problems.add(NLS.bind(Messages.InstalledPacks_duplicateId, same.get(0).id(),
                        String.join(", ", names))); //$NON-NLS-1$
            }
        }
        unique.sort(Comparator.comparing((PackContribution p) -> !p.builtIn()).thenComparing(PackContribution::id));
        return unique;
    }

    /**
     * The installed bundle with this name (the highest version when several are). Asks the platform rather than this
     * bundle's own context, which exists only once the engine bundle has been started.
     */
    private static Bundle bundleNamed(String symbolicName) {
        return Platform.getBundle(symbolicName);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip(); //$NON-NLS-1$
    }

    /** The usable contributions: built-in packs first, then by id. */
    public List<PackContribution> packs() {
        return packs;
    }

    /** What made contributions unusable, each naming the plug-in and what to change. */
    public List<String> problems() {
        return problems;
    }

    /**
     * Finds a contribution by pack id.
     *
     * @param id the pack id
     * @return the contribution, if installed and usable
     */
    public Optional<PackContribution> find(String id) {
        return packs.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
