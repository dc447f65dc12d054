package org.rogatory.model.archive;

import java.util.List;

/**
 * What a pack archive says about itself: which archive format it uses, which pack it carries, and every file with its
 * size and SHA-256, plus one digest over that list. A workshop can compare the digest with the one a centre published
 * to know it has exactly the pack the centre released, whatever the compression did to the bytes.
 *
 * @param archiveFormat the archive format version; a reader refuses a newer one
 * @param id the pack id, as in {@code pack.rogatory}
 * @param version the pack version, as in {@code pack.rogatory}
 * @param title the pack title in its source language
 * @param minRogatoryVersion the oldest Rogatory that can play the pack; empty when the pack does not say
 * @param entries the files, sorted by path
 * @param digest {@code sha256:} and the SHA-256 over the list of entries, see {@link PackArchives#digest(List)}
 */
public record ArchiveManifest(int archiveFormat, String id, String version, String title, String minRogatoryVersion,
        List<ArchiveEntry> entries, String digest) {

    /** The archive format this Rogatory writes and the newest it reads. */
    public static final int CURRENT_FORMAT = 1;

    /** Keeps the list of entries unmodifiable, so a manifest read once cannot drift from the files checked against it. */
    public ArchiveManifest {
        entries = List.copyOf(entries);
    }
}
