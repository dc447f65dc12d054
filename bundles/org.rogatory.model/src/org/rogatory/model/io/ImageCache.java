package org.rogatory.model.io;

import java.nio.file.Path;
import java.util.Objects;

import org.rogatory.model.internal.io.PackImages;

/**
 * A folder of images of pack files, which a {@link ScenarioLoader} {@linkplain ScenarioLoader#withImages uses} to
 * read files it has read before without parsing their XMI again. An image is used only for exactly the bytes it was
 * made from, in the format of this version of Rogatory; anything else (an edited file, a damaged image, a folder that
 * cannot be written) only means that the XMI is read. Images never replace validation.
 *
 * <p>The folder belongs to one user: the workbench keeps it in its workspace, the command line in the user's cache
 * folder. Images that no load has used for 30 days are deleted.
 */
public final class ImageCache {

    private final PackImages images;

    private ImageCache(Path directory) {
        this.images = new PackImages(directory);
    }

    /**
     * Uses a folder; it is created when the first image is written.
     *
     * @param directory the folder
     * @return the cache
     */
    public static ImageCache in(Path directory) {
        return new ImageCache(Objects.requireNonNull(directory));
    }

    /**
     * Gives the folder.
     *
     * @return the folder the images are kept in
     */
    public Path directory() {
        return images.directory();
    }

    PackImages images() {
        return images;
    }
}
