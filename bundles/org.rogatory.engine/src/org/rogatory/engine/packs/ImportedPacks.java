package org.rogatory.engine.packs;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.io.PackLayout;
import org.rogatory.model.io.PackSource;

/**
 * The packs imported from archives into one folder, each in a sub-folder named after its pack id. Plug-in packs need a
 * restart and an update site; imported packs are just folders, so a trainee can add a pack a centre sent by e-mail or
 * on a USB stick. Reading never fails: an unusable folder becomes a problem and the other packs stay usable. Folders
 * whose name starts with a dot are an import in progress and are skipped.
 */
public final class ImportedPacks {

    private static final String DEFAULT_FOLDER = ".metadata/.plugins/org.rogatory.engine/packs"; //$NON-NLS-1$

    private final Path folder;
    private final List<ImportedPack> packs;
    private final List<String> problems;

    private ImportedPacks(Path folder, List<ImportedPack> packs, List<String> problems) {
        this.folder = folder;
        this.packs = List.copyOf(packs);
        this.problems = List.copyOf(problems);
    }

    /**
     * Lists the packs in a folder of imported packs.
     *
     * @param folder the folder; a missing folder simply holds no packs
     * @return the packs, by id, and the problems found
     */
    public static ImportedPacks in(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<ImportedPack> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(absolute)) {
            return new ImportedPacks(absolute, found, problems);
        }
        try (Stream<Path> children = Files.list(absolute)) {
            for (Path child : children.sorted().toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith(".") || !Files.isDirectory(child)) { //$NON-NLS-1$
                    continue;
                }
                if (Files.isRegularFile(child.resolve(PackLayout.PACK_FILE))) {
                    found.add(new ImportedPack(name, child, PackSource.folder(child)));
                } else {
                    problems.add(NLS.bind(Messages.ImportedPacks_noPack, child));
                }
            }
        } catch (IOException e) {
            problems.add(NLS.bind(Messages.ImportedPacks_unreadable, absolute, e.getMessage()));
        }
        return new ImportedPacks(absolute, found, problems);
    }

    /**
     * Gives the folder the workbench imports into: inside the instance area (the workspace), beside the other data
     * Rogatory keeps for the user.
     *
     * @return the folder, or empty when no instance area is set (the command line runs with {@code -data @none})
     */
    public static Optional<Path> defaultFolder() {
        Location instance = Platform.getInstanceLocation();
        if (instance == null || !instance.isSet() || instance.getURL() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(URIUtil.toURI(instance.getURL())).resolve(DEFAULT_FOLDER));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @return the folder these packs were read from */
    public Path folder() {
        return folder;
    }

    /** @return the usable packs, by id */
    public List<ImportedPack> packs() {
        return packs;
    }

    /** @return what made folders unusable, each naming the folder and what to do */
    public List<String> problems() {
        return problems;
    }

    /**
     * Finds an imported pack by id.
     *
     * @param id the pack id
     * @return the pack, if imported
     */
    public Optional<ImportedPack> find(String id) {
        return packs.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
