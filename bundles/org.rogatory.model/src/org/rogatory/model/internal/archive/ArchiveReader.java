package org.rogatory.model.internal.archive;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.archive.ArchiveEntry;
import org.rogatory.model.archive.ArchiveLimits;
import org.rogatory.model.archive.ArchiveManifest;
import org.rogatory.model.io.PackLayout;

/**
 * Checks a whole archive in memory, in the order that refuses the worst first: the directory and every entry name
 * (paths, links, duplicates) before any data is inflated, then the data against the limits, then the manifest, then
 * every file against the manifest and the manifest against its digest.
 */
public final class ArchiveReader {

    private ArchiveReader() {
    }

    /**
     * The checked content of an archive.
     *
     * @param manifest the manifest
     * @param files the pack's files by archive path ({@code pack/...}), sorted
     */
    public record Content(ArchiveManifest manifest, Map<String, byte[]> files) {
    }

    /**
     * Reads and checks an archive.
     *
     * @param zip the archive's bytes
     * @param limits the limits to apply
     * @return the manifest and the files it lists, each verified
     * @throws ArchiveRefusal naming the first reason to refuse the archive
     */
    public static Content read(byte[] zip, ArchiveLimits limits) throws ArchiveRefusal {
        ZipScanner scanner = new ZipScanner(zip);
        List<ZipRecord> records = scanner.records(limits.maxEntries());
        Map<String, String> seen = new HashMap<>();
        for (ZipRecord record : records) {
            EntryNames.check(record.name());
            if (record.isLink()) {
                throw new ArchiveRefusal(record.name(), NLS.bind(Messages.Entry_link, record.name()),
                        Messages.Entry_linkHint);
            }
            if (record.isSpecial()) {
                throw new ArchiveRefusal(record.name(), NLS.bind(Messages.Entry_special, record.name()),
                        Messages.Entry_linkHint);
            }
            String earlier = seen.putIfAbsent(EntryNames.collisionKey(record.name()), record.name());
            if (earlier != null) {
                throw new ArchiveRefusal(record.name(), NLS.bind(Messages.Entry_duplicate, record.name(), earlier),
                        Messages.Entry_duplicateHint);
            }
        }
        Map<String, byte[]> data = new LinkedHashMap<>();
        long total = 0;
        for (ZipRecord record : records) {
            if (!record.isFolder()) {
                long left = limits.maxTotalBytes() - total;
                byte[] bytes = scanner.read(record, Math.min(limits.maxEntryBytes(), left),
                        left < limits.maxEntryBytes());
                total += bytes.length;
                data.put(record.name(), bytes);
            }
        }
        byte[] manifestBytes = data.remove(EntryNames.MANIFEST);
        if (manifestBytes == null) {
            throw new ArchiveRefusal(null, Messages.Manifest_absent, Messages.Manifest_absentHint);
        }
        ArchiveManifest manifest = ManifestCodec.decode(manifestBytes);
        verify(manifest, data);
        return new Content(manifest, new TreeMap<>(data));
    }

    private static void verify(ArchiveManifest manifest, Map<String, byte[]> files) throws ArchiveRefusal {
        Map<String, ArchiveEntry> listed = new HashMap<>();
        for (ArchiveEntry entry : manifest.entries()) {
            EntryNames.check(entry.path());
            if (listed.put(entry.path(), entry) != null || entry.path().endsWith("/")) { //$NON-NLS-1$
                throw new ArchiveRefusal(EntryNames.MANIFEST, NLS.bind(Messages.Manifest_badEntry, entry.path()),
                        Messages.Manifest_malformedHint);
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            ArchiveEntry entry = listed.get(file.getKey());
            if (entry == null) {
                throw new ArchiveRefusal(file.getKey(), NLS.bind(Messages.Verify_unlisted, file.getKey()),
                        Messages.Verify_tamperedHint);
            }
            String actual = ManifestCodec.sha256(file.getValue());
            if (entry.size() != file.getValue().length || !actual.equals(entry.sha256())) {
                throw new ArchiveRefusal(file.getKey(),
                        NLS.bind(Messages.Verify_hashMismatch, new Object[] { file.getKey(), entry.sha256(), actual }),
                        Messages.Verify_tamperedHint);
            }
        }
        for (String path : listed.keySet()) {
            if (!files.containsKey(path)) {
                throw new ArchiveRefusal(path, NLS.bind(Messages.Verify_missing, path), Messages.Verify_tamperedHint);
            }
        }
        String digest = ManifestCodec.digest(manifest.entries());
        if (!digest.equals(manifest.digest())) {
            throw new ArchiveRefusal(EntryNames.MANIFEST,
                    NLS.bind(Messages.Verify_digestMismatch, manifest.digest(), digest), Messages.Verify_tamperedHint);
        }
        if (!files.containsKey(EntryNames.PACK_FOLDER + PackLayout.PACK_FILE)) {
            throw new ArchiveRefusal(null, Messages.Verify_noPackFile, Messages.Verify_tamperedHint);
        }
    }
}
