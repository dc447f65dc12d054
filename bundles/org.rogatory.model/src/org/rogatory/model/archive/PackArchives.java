package org.rogatory.model.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.archive.ArchiveReader;
import org.rogatory.model.internal.archive.ArchiveRefusal;
import org.rogatory.model.internal.archive.ArchiveWriter;
import org.rogatory.model.internal.archive.EntryNames;
import org.rogatory.model.internal.io.PackPaths;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackLayout;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Scenario;

/**
 * Writes and reads pack archives ({@code .rogpack}). An archive holds {@code rogpack.json} (archive format, pack id,
 * version, title, minimum Rogatory version, every file with its size and SHA-256, and a digest over that list) and the
 * pack's files under {@code pack/}: the manifest, the scenarios and the translations of the languages the pack lists.
 * The files are copied byte for byte from the pack's source, so importing gives back exactly the files exported.
 */
public final class PackArchives {

    /** The file extension of pack archives. */
    public static final String EXTENSION = "rogpack"; //$NON-NLS-1$

    private PackArchives() {
    }

    /**
     * Loads a pack folder and writes its archive.
     *
     * @param folder the pack folder (with {@code pack.rogatory})
     * @param archive the archive file to write; replaced atomically if it exists
     * @return the manifest written, with the digest a publisher can announce
     * @throws LoadException if the pack does not load
     * @throws IOException if a file cannot be read or the archive cannot be written
     */
    public static ArchiveManifest write(Path folder, Path archive) throws LoadException, IOException {
        return write(new ScenarioLoader().loadPack(folder), archive);
    }

    /**
     * Writes the archive of a loaded pack. Same pack, same bytes: entries are sorted and carry a fixed date, so a centre
     * can rebuild a release and compare (the manifest's digest is the same whatever the compression library).
     *
     * @param pack a pack loaded with {@link ScenarioLoader#loadPack(PackSource)}, so that it holds all its scenarios
     * @param archive the archive file to write; replaced atomically if it exists
     * @return the manifest written
     * @throws IOException if a file of the pack cannot be read or the archive cannot be written
     */
    public static ArchiveManifest write(LoadedPack pack, Path archive) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        packFiles(pack).forEach((path, bytes) -> files.put(EntryNames.PACK_FOLDER + path, bytes));
        Pack manifestPack = pack.pack();
        ArchiveManifest manifest = ArchiveWriter.manifest(files, manifestPack.getId(), text(manifestPack.getVersion()),
                text(manifestPack.getTitle()), text(manifestPack.getMinRogatoryVersion()));
        byte[] bytes = ArchiveWriter.zip(manifest, files);
        Path target = archive.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return manifest;
    }

    /**
     * Reads an archive with the standard limits; see {@link #read(Path, ArchiveLimits)}.
     *
     * @param archive the archive file
     * @return the checked archive, in memory
     * @throws ArchiveException naming the archive, the entry and the fix
     */
    public static PackArchive read(Path archive) throws ArchiveException {
        return read(archive, ArchiveLimits.standard());
    }

    /**
     * Reads an archive and checks all of it in memory before anything is written: entry paths (no {@code ..},
     * absolute paths, drive letters or backslashes), no links, no duplicates, the number of entries, the sizes as
     * really inflated, every file against its SHA-256, the manifest against its digest, and the archive format.
     * Loading the pack from {@link PackArchive#source()} then applies the loader's rules (no DOCTYPE, nothing outside
     * the pack).
     *
     * @param archive the archive file
     * @param limits how much the archive may hold
     * @return the checked archive, in memory
     * @throws ArchiveException naming the archive, the entry and the fix
     */
    public static PackArchive read(Path archive, ArchiveLimits limits) throws ArchiveException {
        String name = archive.toString();
        byte[] zip;
        try {
            long size = Files.size(archive);
            if (size > limits.maxArchiveBytes()) {
                throw new ArchiveException(new LoadProblem(name, 0, 0, NLS.bind(Messages.PackArchives_tooLarge,
                        Long.toString(limits.maxArchiveBytes() / (1024 * 1024))), Messages.PackArchives_tooLargeHint));
            }
            zip = Files.readAllBytes(archive);
        } catch (NoSuchFileException e) {
            throw new ArchiveException(new LoadProblem(name, 0, 0, Messages.PackArchives_missing,
                    Messages.PackArchives_missingHint));
        } catch (IOException e) {
            throw new ArchiveException(new LoadProblem(name, 0, 0,
                    NLS.bind(Messages.PackArchives_unreadable, e.getMessage()), Messages.PackArchives_missingHint));
        }
        try {
            ArchiveReader.Content content = ArchiveReader.read(zip, limits);
            return new PackArchive(archive, content.manifest(), content.files());
        } catch (ArchiveRefusal refusal) {
            String file = refusal.entry() == null ? name : PackArchive.describe(archive, refusal.entry());
            throw new ArchiveException(new LoadProblem(file, 0, 0, refusal.getMessage(), refusal.hint()));
        }
    }

    /**
     * Reads the files a pack consists of, byte for byte: the manifest, the scenarios and the translations of the
     * languages it lists. Archives carry exactly these, and so does a pack project exported for a regional centre.
     *
     * @param loaded a pack loaded with {@link ScenarioLoader#loadPack(PackSource)}
     * @return the files by path relative to the pack folder, sorted
     * @throws IOException if a file cannot be read
     */
    public static SortedMap<String, byte[]> packFiles(LoadedPack loaded) throws IOException {
        PackSource source = loaded.source();
        List<String> roots = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        paths.add(pathOf(loaded.pack()));
        roots.add(loaded.pack().getId());
        for (Scenario scenario : loaded.scenarios()) {
            paths.add(pathOf(scenario));
            roots.add(scenario.getId());
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String path : paths) {
            files.put(path, read(source, path));
        }
        for (String root : roots) {
            for (String language : loaded.pack().getLanguages()) {
                String path = PackLayout.translationFile(root, language);
                try {
                    files.put(path, read(source, path));
                } catch (NoSuchFileException e) {
                    // Not translated into this language yet: nothing to carry.
                }
            }
        }
        return files;
    }

    private static String pathOf(EObject root) {
        Resource resource = root.eResource();
        return PackPaths.pathOf(resource.getURI()).orElseThrow(
                () -> new IllegalArgumentException(NLS.bind(Messages.PackArchives_notLoaded, resource.getURI())));
    }

    private static byte[] read(PackSource source, String path) throws IOException {
        try (InputStream in = source.open(path)) {
            return in.readAllBytes();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
