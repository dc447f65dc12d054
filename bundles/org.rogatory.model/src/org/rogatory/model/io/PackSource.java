package org.rogatory.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.rogatory.model.internal.io.BundlePackSource;
import org.rogatory.model.internal.io.FolderPackSource;

/**
 * Where the files of one pack come from: a folder on disk, a folder inside an installed pack plug-in, or anything else
 * that can hand out a stream per file. The loader only ever asks for paths inside the pack (it refuses everything
 * else before calling {@link #open(String)}), so an implementation cannot be tricked into serving other files.
 */
@FunctionalInterface
public interface PackSource {

    /**
     * Opens one file of the pack for reading.
     *
     * @param path a path relative to the pack folder, with {@code /} separators and without {@code .} or {@code ..}
     *            segments, e.g. {@code pack.rogatory} or {@code l10n/intake_fr.properties}
     * @return a stream the caller closes
     * @throws IOException if the file does not exist or cannot be read; a
     *             {@link java.nio.file.NoSuchFileException} says it does not exist
     */
    InputStream open(String path) throws IOException;

    /**
     * Says where a person finds a file of the pack, for problem reports.
     *
     * @param path a path as given to {@link #open(String)}
     * @return a description such as an absolute path on disk; by default the path itself
     */
    default String describe(String path) {
        return path;
    }

    /**
     * Tells whether the pack is trusted as installed code is, as a pack plug-in is: only then does the loader read the
     * images of its files that the pack carries ({@link ImageCache#writeCarried}) instead of their XMI. Packs read from
     * a folder or an archive are not.
     *
     * @return {@code false} unless the source says otherwise
     */
    default boolean isInstalled() {
        return false;
    }

    /**
     * Reads a pack from a folder on disk, refusing any file that resolves outside it (also through symbolic links).
     *
     * @param folder the folder that holds {@code pack.rogatory}
     * @return the source
     */
    static PackSource folder(Path folder) {
        return new FolderPackSource(folder);
    }

    /**
     * Reads a pack from a folder inside a bundle (a data-only pack plug-in), including the bundle's fragments, so a
     * translation fragment can add {@code l10n/} files.
     *
     * @param bundle the bundle that contains the pack
     * @param folder the folder inside the bundle, e.g. {@code pack} or {@code packs/ransomware}; empty for the root
     * @return the source
     */
    static PackSource bundle(Bundle bundle, String folder) {
        return new BundlePackSource(bundle, folder);
    }
}
