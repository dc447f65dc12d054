package org.rogatory.model.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.rogatory.model.archive.ArchiveManifest;
import org.rogatory.model.internal.archive.ArchiveWriter;
import org.rogatory.model.internal.archive.ManifestCodec;

/**
 * Builds the archives an attacker or a broken tool would make, byte by byte where the zip library will not: links,
 * duplicate names, sizes that lie. Each starts from a consistent manifest, so exactly one thing is wrong.
 */
final class HostileZips {

    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;

    private HostileZips() {
    }

    /** A manifest that lists exactly these files, correctly. */
    static ArchiveManifest manifestFor(SortedMap<String, byte[]> files) {
        return ArchiveWriter.manifest(files, "minimal", "1.0.0", "Minimal pack", "0.1");
    }

    /** Zips a manifest (if not null) and entries in the order given, without checking anything. */
    static byte[] zip(byte[] manifest, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (manifest != null) {
                put(zip, "rogpack.json", manifest);
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                put(zip, entry.getKey(), entry.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /** Zips files with a manifest that lists them correctly. */
    static byte[] consistent(SortedMap<String, byte[]> files) throws IOException {
        return zip(ManifestCodec.encode(manifestFor(files)), files);
    }

    /** Zips a manifest for {@code listed} but the entries {@code actual}. */
    static byte[] listing(SortedMap<String, byte[]> listed, Map<String, byte[]> actual) throws IOException {
        return zip(ManifestCodec.encode(manifestFor(listed)), actual);
    }

    static SortedMap<String, byte[]> files(String... pathsAndTexts) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    /** Marks an entry as a Unix symbolic link in the central directory, as {@code zip --symlinks} does. */
    static byte[] makeLink(byte[] zip, String name) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int at = central(buffer, name);
        buffer.putShort(at + 4, (short) 0x031E);
        buffer.putInt(at + 38, 0xA1FF << 16);
        return zip;
    }

    /** Changes the inflated size an entry's central directory record claims. */
    static byte[] claimSize(byte[] zip, String name, int size) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(central(buffer, name) + 24, size);
        return zip;
    }

    /** Renames an entry in both its headers to a name of the same length, e.g. to duplicate another entry. */
    static byte[] rename(byte[] zip, String name, String newName) {
        byte[] from = name.getBytes(StandardCharsets.UTF_8);
        byte[] to = newName.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        System.arraycopy(to, 0, zip, central(buffer, name) + 46, to.length);
        for (int at = 0; at < zip.length - 30; at++) {
            if (buffer.getInt(at) == LOCAL_SIGNATURE && matches(zip, at + 30, from)) {
                System.arraycopy(to, 0, zip, at + 30, to.length);
                return zip;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static int central(ByteBuffer buffer, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < buffer.capacity() - 46; at++) {
            if (buffer.getInt(at) == CENTRAL_SIGNATURE && Short.toUnsignedInt(buffer.getShort(at + 28)) == wanted.length
                    && matches(buffer.array(), at + 46, wanted)) {
                return at;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static boolean matches(byte[] zip, int at, byte[] wanted) {
        if (at + wanted.length > zip.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (zip[at + i] != wanted[i]) {
                return false;
            }
        }
        return true;
    }
}
