package org.rogatory.model.internal.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.rogatory.model.archive.ArchiveEntry;
import org.rogatory.model.archive.ArchiveManifest;

/**
 * Writes an archive so that the same files always give the same bytes: the manifest first, then the files sorted by
 * path, every entry dated 1 January 1980 (the earliest date a zip can hold, written without a time zone), no folder
 * entries, no extra fields, no comment, maximum compression.
 */
public final class ArchiveWriter {

    /** The one date every entry carries, so the time of export never shows in the bytes. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ArchiveWriter() {
    }

    /**
     * Builds the manifest for some files.
     *
     * @param files the pack's files by archive path, sorted
     * @param id the pack id
     * @param version the pack version
     * @param title the pack title
     * @param minRogatoryVersion the oldest Rogatory that plays the pack, or empty
     * @return the manifest with sizes, SHA-256s and digest
     */
    public static ArchiveManifest manifest(SortedMap<String, byte[]> files, String id, String version, String title,
            String minRogatoryVersion) {
        List<ArchiveEntry> entries = new ArrayList<>();
        files.forEach((path, bytes) -> entries.add(new ArchiveEntry(path, bytes.length, ManifestCodec.sha256(bytes))));
        return new ArchiveManifest(ArchiveManifest.CURRENT_FORMAT, id, version, title, minRogatoryVersion, entries,
                ManifestCodec.digest(entries));
    }

    /**
     * Zips the manifest and the files.
     *
     * @param manifest the manifest
     * @param files the files by archive path, sorted
     * @return the archive's bytes
     */
    public static byte[] zip(ArchiveManifest manifest, SortedMap<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            put(zip, EntryNames.MANIFEST, ManifestCodec.encode(manifest));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }
}
