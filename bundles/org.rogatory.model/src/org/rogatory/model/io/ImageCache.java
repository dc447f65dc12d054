package org.rogatory.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.rogatory.model.internal.io.PackImages;
import org.rogatory.model.internal.io.RogatoryResource;

/**
 * A folder of images of pack files, which a {@link ScenarioLoader} {@linkplain ScenarioLoader#withImages uses} to
 * read files it has read before without parsing their XMI again. An image is used only for exactly the bytes it was
 * made from, in the format of this version of Rogatory; anything else (an edited file, a damaged image, a folder that
 * cannot be written) only means that the XMI is read. Images never replace validation.
 *
 * <p>The folder belongs to one user: the workbench keeps it in its workspace, the command line in the user's cache
 * folder. Images that no load has used for 30 days are deleted. A pack plug-in may also carry images of its own files
 * ({@link #writeCarried}); a loader reads those with or without a cache.
 */
public final class ImageCache {

    /** The folder, next to {@code pack.rogatory}, of the images a pack carries ({@link #writeCarried}). */
    public static final String CARRIED_FOLDER = "images"; //$NON-NLS-1$

    private final PackImages images;

    private ImageCache(PackImages images) {
        this.images = images;
    }

    /**
     * Uses a folder; it is created when the first image is written.
     *
     * @param directory the folder
     * @return the cache
     */
    public static ImageCache in(Path directory) {
        return new ImageCache(new PackImages(Objects.requireNonNull(directory)));
    }

    /**
     * Gives the folder.
     *
     * @return the folder the images are kept in
     */
    public Path directory() {
        return images.directory();
    }

    /**
     * Gives a cache over the same folder that only reads: a load with it writes and deletes nothing, and hashes no file
     * when the folder does not exist. The workbench reads its packs this way while its window starts, and keeps their
     * images afterwards ({@link #holdsAllOf}).
     *
     * @return the read-only cache
     */
    public ImageCache readOnly() {
        return new ImageCache(images.readOnly());
    }

    /**
     * Tells whether every file of a loaded pack was read from an image, that is whether a load that writes images would
     * add none.
     *
     * @param pack a loaded pack
     * @return {@code true} if no file of the pack was read from its XMI
     */
    public static boolean holdsAllOf(LoadedPack pack) {
        if (pack.pack() == null || pack.pack().eResource() == null || pack.pack().eResource().getResourceSet() == null) {
            return false;
        }
        for (Resource resource : pack.pack().eResource().getResourceSet().getResources()) {
            if (!(resource instanceof RogatoryResource rogatory) || !rogatory.isFromImage()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes, into a pack's folder, images of its files for the pack to carry: a pack plug-in built with them is read
     * from its images on its first load, before any cache holds them. Carried images are read only for
     * {@linkplain PackSource#isInstalled installed} packs, and only for the exact bytes and format they were made
     * from. The files are loaded from XMI; a file that has any problem gets no image, and images of older bytes are
     * deleted.
     *
     * @param packFolder the folder that holds {@code pack.rogatory}, in a pack plug-in's source
     * @return the number of images the pack carries now
     * @throws LoadException if the pack does not load
     * @throws IOException if the images cannot be written
     */
    public static int writeCarried(Path packFolder) throws LoadException, IOException {
        Path made = Files.createTempDirectory("rogatory-images"); //$NON-NLS-1$
        try {
            new ScenarioLoader().withImages(in(made)).loadPack(PackSource.folder(packFolder));
            return PackImages.carry(made, packFolder);
        } finally {
            try (Stream<Path> files = Files.list(made)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(made);
        }
    }

    PackImages images() {
        return images;
    }
}
