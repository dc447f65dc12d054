package org.rogatory.model.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.io.PackImages;
import org.rogatory.model.internal.io.PackLoading;
import org.rogatory.model.internal.io.PackPaths;
import org.rogatory.model.migration.FormatMigrations;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * Loads packs and scenarios safely. Every call uses a fresh resource set that knows only the scenario format, reads
 * only the pack's own files, refuses DOCTYPEs and the network, migrates older formats and refuses newer or foreign ones.
 * Problems are collected and thrown together as a {@link LoadException}; a dangling reference is a problem, never a
 * silent {@code null}. Loading does not validate: call {@code ScenarioValidation} before running a scenario.
 *
 * <p>A loader may keep {@linkplain ImageCache images} of the files it reads, so that files read before are read again
 * several times faster. What a load gives, and every problem it reports, is the same with images as without.
 */
public final class ScenarioLoader {

    private final FormatMigrations migrations;
    private final PackImages images;

    /** Creates a loader with the migrations Rogatory ships. */
    public ScenarioLoader() {
        this(FormatMigrations.standard());
    }

    /**
     * Creates a loader with a chosen set of migrations, for tools that read formats Rogatory itself no longer ships.
     *
     * @param migrations the migrations older documents may go through
     */
    public ScenarioLoader(FormatMigrations migrations) {
        this(migrations, null);
    }

    private ScenarioLoader(FormatMigrations migrations, PackImages images) {
        this.migrations = migrations;
        this.images = images;
    }

    /**
     * Gives a loader like this one that reads files from images in a cache where their bytes have one, and leaves
     * images there of the files it reads cleanly from XMI.
     *
     * @param cache the cache; {@code null} for a loader that reads only XMI
     * @return the loader
     */
    public ScenarioLoader withImages(ImageCache cache) {
        return new ScenarioLoader(migrations, cache == null ? null : cache.images());
    }

    /**
     * Loads a pack folder: {@code pack.rogatory} and every scenario it lists.
     *
     * @param folder the pack folder
     * @return the loaded pack
     * @throws LoadException listing every problem found
     */
    public LoadedPack loadPack(Path folder) throws LoadException {
        return loadPack(PackSource.folder(folder));
    }

    /**
     * Loads a pack with every scenario it lists, from any source (a folder, a pack plug-in, streams).
     *
     * @param source where the pack's files come from
     * @return the loaded pack
     * @throws LoadException listing every problem found
     */
    public LoadedPack loadPack(PackSource source) throws LoadException {
        return load(source, loading -> loadPack(loading, source));
    }

    private static LoadedPack loadPack(PackLoading loading, PackSource source) throws LoadException {
        Resource packFile = loading.load(PackLayout.PACK_FILE);
        loading.readAhead(listedFiles(packFile));
        loading.resolve(reference -> true);
        Pack pack = (Pack) loading.root(packFile, ScenarioPackage.Literals.PACK);
        List<Scenario> scenarios = new ArrayList<>();
        if (pack != null) {
            for (Object listed : pack.getScenarios()) {
                if (listed instanceof Scenario scenario && !scenario.eIsProxy()) {
                    scenarios.add(scenario);
                }
            }
        }
        loading.throwIfProblems();
        loading.pruneImages();
        return new LoadedPack(source, pack, scenarios);
    }

    /** One load, as {@link #load} runs it. */
    private interface Attempt {
        LoadedPack run(PackLoading loading) throws LoadException;
    }

    /**
     * Runs a load with this loader's images, if it has any. When it finds problems after reading any file from an
     * image, it is run once more without images: problems name lines and columns, which only XMI has.
     */
    private LoadedPack load(PackSource source, Attempt attempt) throws LoadException {
        PackLoading loading = new PackLoading(source, migrations, images, true);
        try {
            return attempt.run(loading);
        } catch (LoadException e) {
            if (!loading.usedImages()) {
                throw e;
            }
            return attempt.run(new PackLoading(source, migrations, null, false));
        }
    }

    /** The files the pack's catalogue lists, as written, without following the references yet. */
    private static List<URI> listedFiles(Resource packFile) {
        List<URI> files = new ArrayList<>();
        for (EObject root : packFile.getContents()) {
            if (root instanceof Pack pack) {
                for (Object listed : ((InternalEList<?>) pack.getScenarios()).basicList()) {
                    if (listed instanceof InternalEObject proxy && proxy.eIsProxy()) {
                        files.add(proxy.eProxyURI().trimFragment());
                    }
                }
            }
        }
        return files;
    }

    /**
     * Loads one scenario file from a folder, with the {@code pack.rogatory} beside it but without the pack's other
     * scenarios, which is what playing or checking one case needs.
     *
     * @param scenarioFile the scenario file
     * @return the pack with just this scenario
     * @throws LoadException listing every problem found
     */
    public LoadedPack loadScenario(Path scenarioFile) throws LoadException {
        Path absolute = scenarioFile.toAbsolutePath().normalize();
        return loadScenario(PackSource.folder(absolute.getParent()), absolute.getFileName().toString());
    }

    /**
     * Loads one scenario file of a pack, with the pack manifest but without the pack's other scenarios.
     *
     * @param source where the pack's files come from
     * @param path the scenario file's path inside the pack, e.g. {@code ransomware.rogatory}
     * @return the pack with just this scenario
     * @throws LoadException listing every problem found
     */
    public LoadedPack loadScenario(PackSource source, String path) throws LoadException {
        if (!PackPaths.isSafe(path)) {
            throw new LoadException(List.of(new LoadProblem(String.valueOf(path), 0, 0,
                    NLS.bind(Messages.ScenarioLoader_notInPack, path), Messages.ScenarioLoader_notInPackHint)));
        }
        return load(source, loading -> loadScenario(loading, source, path));
    }

    private static LoadedPack loadScenario(PackLoading loading, PackSource source, String path)
            throws LoadException {
        Resource packFile = loading.load(PackLayout.PACK_FILE);
        Resource scenarioFile = loading.load(path);
        loading.resolve(reference -> reference != ScenarioPackage.Literals.PACK__SCENARIOS);
        Pack pack = (Pack) loading.root(packFile, ScenarioPackage.Literals.PACK);
        Scenario scenario = (Scenario) loading.root(scenarioFile, ScenarioPackage.Literals.SCENARIO);
        loading.throwIfProblems();
        return new LoadedPack(source, pack, List.of(scenario));
    }
}
