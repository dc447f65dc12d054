package org.rogatory.model.archive;

/**
 * One file of a pack archive as its manifest lists it, so a reader can tell a changed or swapped file from the one the
 * author exported.
 *
 * @param path the entry's path inside the archive, e.g. {@code pack/ransomware.rogatory}
 * @param size the file's length in bytes, uncompressed
 * @param sha256 the SHA-256 of the file's bytes, in lower-case hex
 */
public record ArchiveEntry(String path, long size, String sha256) {
}
