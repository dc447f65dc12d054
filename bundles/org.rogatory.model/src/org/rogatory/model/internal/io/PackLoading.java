package org.rogatory.model.internal.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.Labels;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.migration.FormatMigrations;

/**
 * One load of a pack or scenario: the files asked for, the references followed from them, and every problem found on
 * the way. It collects problems instead of stopping at the first, so an author sees them all at once.
 */
public final class PackLoading {

    private static final Comparator<LoadProblem> ORDER = Comparator.comparing(LoadProblem::file)
            .thenComparingInt(LoadProblem::line).thenComparingInt(LoadProblem::column);

    /** From this many files on, files are read several at once. */
    static final int PARALLEL_FROM = 8;

    private final PackSource source;
    private final boolean carried;
    private final FormatMigrations migrations;
    private final ResourceSet resourceSet;
    private final ProblemTranslator translator;
    private final List<Resource> roots = new ArrayList<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final Map<String, String> sharedStrings = new ConcurrentHashMap<>();
    private final PackImages images;
    private List<DanglingReference> dangling = List.of();

    /**
     * Starts a load.
     *
     * @param source where the pack's files come from
     * @param migrations the migrations older files may go through
     * @param images the images to read files from and write after a clean load, or {@code null} to read only XMI
     * @param carried whether to read the images an installed pack carries, when it carries any
     */
    public PackLoading(PackSource source, FormatMigrations migrations, PackImages images, boolean carried) {
        this.source = source;
        this.migrations = migrations;
        this.images = images;
        this.carried = carried && source.isInstalled() && PackImages.carriedBy(source);
        this.resourceSet = withLoadOptions(SafeResourceSets.create(source, migrations));
        this.translator = new ProblemTranslator(source);
    }

    /**
     * Loads one file of the pack; failures are recorded, not thrown.
     *
     * @param path a safe pack-relative path
     * @return the file's resource, possibly empty or partly loaded
     */
    public Resource load(String path) {
        URI uri = PackPaths.uriOf(path);
        Resource resource;
        try {
            resource = resourceSet.getResource(uri, true);
        } catch (RuntimeException e) {
            resource = resourceSet.getResource(uri, false);
        }
        roots.add(resource);
        return resource;
    }

    /**
     * Reads files that references will lead to, several at once: each file is parsed on its own, into a resource set
     * of its own with the same protections, and then joins this load, so resolving the references finds it already
     * read. A file with any problem is left out and is read again when a reference leads to it, exactly as if it had
     * not been read ahead, so its problems are reported as always.
     *
     * @param uris the files, as the references name them
     */
    public void readAhead(Collection<URI> uris) {
        List<URI> unread = uris.stream().distinct().filter(uri -> resourceSet.getResource(uri, false) == null).toList();
        // A few files are read on this thread: other threads would cost more than they save, and a workbench loading
        // its packs while its window starts needs the other core for itself.
        List<Resource> read = (unread.size() < PARALLEL_FROM ? unread.stream() : unread.parallelStream())
                .map(this::readAlone).toList();
        Map<URI, Resource> byUri = ((ResourceSetImpl) resourceSet).getURIResourceMap();
        for (Resource resource : read) {
            if (resource != null) {
                resourceSet.getResources().add(resource);
                // References find the file through the map; without it each first lookup compares every file's URI.
                byUri.put(resource.getURI(), resource);
            }
        }
    }

    private Resource readAlone(URI uri) {
        try {
            Resource resource = withLoadOptions(SafeResourceSets.create(source, migrations)).getResource(uri, true);
            return resource != null && resource.isLoaded() && resource.getErrors().isEmpty() ? resource : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Resolves the references of the loaded files, loading the files they lead to.
     *
     * @param follow which references to follow
     */
    public void resolve(Predicate<EReference> follow) {
        dangling = new ReferenceWalker(follow).walk(roots);
    }

    /**
     * Gives the root object of a file if it has the expected type, else records a problem.
     *
     * @param resource the file
     * @param type the class the root must have
     * @return the root, or {@code null} if the file has problems
     */
    public EObject root(Resource resource, EClass type) {
        if (resource == null || !resource.getErrors().isEmpty()) {
            return null;
        }
        List<EObject> contents = resource.getContents();
        if (contents.size() == 1 && type.isInstance(contents.get(0))) {
            return contents.get(0);
        }
        String found = contents.isEmpty() ? Messages.Problem_nothing : Labels.of(contents.get(0));
        problems.add(new LoadProblem(translator.file(resource.getURI().toString()), 0, 0,
                NLS.bind(Messages.Problem_wrongRoot, Labels.typeName(type), found),
                NLS.bind(Messages.Problem_wrongRootHint, Labels.typeName(type))));
        return null;
    }

    /**
     * Gives the resource set, so the loaded objects stay together for the engine.
     *
     * @return the resource set of this load
     */
    public ResourceSet resourceSet() {
        return resourceSet;
    }

    /** Lets every file of this load share equal string values, and use the images if there are any. */
    private ResourceSet withLoadOptions(ResourceSet set) {
        set.getLoadOptions().put(RogatoryResource.OPTION_SHARED_STRINGS, sharedStrings);
        if (images != null) {
            set.getLoadOptions().put(RogatoryResource.OPTION_IMAGES, images);
        }
        if (carried) {
            set.getLoadOptions().put(RogatoryResource.OPTION_CARRIED_IMAGES, source);
        }
        return set;
    }

    /**
     * Tells whether any file of this load was read from an image; such a file has no positions to report problems at.
     *
     * @return {@code true} if an image was read
     */
    public boolean usedImages() {
        return resourceSet.getResources().stream()
                .anyMatch(resource -> resource instanceof RogatoryResource rogatory && rogatory.isFromImage());
    }

    /**
     * After a load without problems: marks the images of its files as used and deletes images long unused.
     */
    public void pruneImages() {
        if (images == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (Resource resource : resourceSet.getResources()) {
            if (resource instanceof RogatoryResource rogatory && rogatory.imageName() != null) {
                used.add(rogatory.imageName());
            }
        }
        images.prune(used, Instant.now());
    }

    /** Positions only serve the problems of this load; they are all reported by now, and no file is read any more. */
    private void forgetPositions() {
        resourceSet.getLoadOptions().remove(RogatoryResource.OPTION_SHARED_STRINGS);
        resourceSet.getLoadOptions().remove(RogatoryResource.OPTION_IMAGES);
        for (Resource resource : resourceSet.getResources()) {
            if (resource instanceof RogatoryResource rogatory) {
                rogatory.positions().clear();
            }
        }
    }

    /**
     * Ends the load. Problems name the line and column they were found at; after this, positions are forgotten.
     *
     * @throws LoadException listing every problem, if there is any
     */
    public void throwIfProblems() throws LoadException {
        Set<LoadProblem> all = new LinkedHashSet<>(problems);
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            for (Resource.Diagnostic error : resource.getErrors()) {
                if (roots.contains(resource) || !(error instanceof WrappedException)) {
                    all.add(translator.translate(error));
                }
            }
        }
        DanglingReferenceReport report = new DanglingReferenceReport(translator, resourceSet);
        for (DanglingReference reference : dangling) {
            report.explain(reference).ifPresent(all::add);
        }
        forgetPositions();
        if (!all.isEmpty()) {
            List<LoadProblem> sorted = new ArrayList<>(all);
            sorted.sort(ORDER);
            throw new LoadException(sorted);
        }
    }
}
