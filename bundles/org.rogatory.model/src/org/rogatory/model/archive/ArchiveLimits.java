package org.rogatory.model.archive;

/**
 * How much a pack archive may hold before it is refused unread. Real packs are small (a few hundred kilobytes of XML),
 * so the limits are generous for authors and tight for zip bombs. Sizes are counted as really inflated, never as an
 * archive's header claims.
 *
 * @param maxArchiveBytes the largest archive file read at all
 * @param maxEntries the most entries (files and folders) an archive may list
 * @param maxEntryBytes the largest one file may inflate to; the loader reads no scenario file over 16 MB either
 * @param maxTotalBytes the most all files together may inflate to
 */
public record ArchiveLimits(long maxArchiveBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes) {

    private static final long MB = 1024L * 1024L;

    /**
     * The limits Rogatory applies: a 64 MB archive, 2,000 entries, 16 MB per file and 128 MB in all.
     *
     * @return the standard limits
     */
    public static ArchiveLimits standard() {
        return new ArchiveLimits(64 * MB, 2000, 16 * MB, 128 * MB);
    }
}
