package org.rogatory.model.internal.archive;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.eclipse.osgi.util.NLS;

/**
 * Reads a zip from memory by its central directory, with nothing left to the zip library's leniency: one disk, no
 * zip64, no encryption, stored or deflated only, every offset inside the file, each local header naming the same entry
 * as the directory, and data inflated against a hard limit and checked against its CRC and claimed size. Pack
 * archives are written by Rogatory, so anything unusual is refused rather than guessed at.
 */
final class ZipScanner {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int END_SIZE = 22;
    private static final int CENTRAL_SIZE = 46;
    private static final int LOCAL_SIZE = 30;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final long UNSET_32 = 0xFFFFFFFFL;
    private static final int UNSET_16 = 0xFFFF;

    private final byte[] zip;
    private final ByteBuffer buffer;

    ZipScanner(byte[] zip) {
        this.zip = zip;
        this.buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Lists the central directory.
     *
     * @param maxEntries the most entries accepted; the count is checked before any entry is parsed
     */
    List<ZipRecord> records(int maxEntries) throws ArchiveRefusal {
        int end = findEnd();
        int disk = u16(end + 4);
        int directoryDisk = u16(end + 6);
        int onDisk = u16(end + 8);
        int total = u16(end + 10);
        long directorySize = u32(end + 12);
        long directoryOffset = u32(end + 16);
        if (total == UNSET_16 || directorySize == UNSET_32 || directoryOffset == UNSET_32) {
            throw corrupt(Messages.Zip_zip64);
        }
        if (disk != 0 || directoryDisk != 0 || onDisk != total) {
            throw corrupt(Messages.Zip_multiDisk);
        }
        if (total > maxEntries) {
            throw new ArchiveRefusal(null, NLS.bind(Messages.Zip_tooManyEntries, total, maxEntries),
                    Messages.Zip_tooManyEntriesHint);
        }
        if (directoryOffset + directorySize > end) {
            throw corrupt(Messages.Zip_outOfBounds);
        }
        List<ZipRecord> records = new ArrayList<>();
        int at = (int) directoryOffset;
        for (int i = 0; i < total; i++) {
            require(at, CENTRAL_SIZE);
            if (buffer.getInt(at) != CENTRAL_SIGNATURE) {
                throw corrupt(Messages.Zip_badDirectory);
            }
            int nameLength = u16(at + 28);
            int extraLength = u16(at + 30);
            int commentLength = u16(at + 32);
            require(at + CENTRAL_SIZE, nameLength + extraLength + commentLength);
            byte[] name = Arrays.copyOfRange(zip, at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
            records.add(new ZipRecord(decode(name), name, u16(at + 4), u16(at + 8), u16(at + 10), u32(at + 16),
                    u32(at + 20), u32(at + 24), u32(at + 38), u32(at + 42)));
            at += CENTRAL_SIZE + nameLength + extraLength + commentLength;
        }
        if (at != directoryOffset + directorySize) {
            throw corrupt(Messages.Zip_badDirectory);
        }
        return records;
    }

    /**
     * Inflates one file entry, counting the bytes really produced.
     *
     * @param record the entry
     * @param limit the most bytes this entry may inflate to (the smaller of the per-file limit and what is left of the
     *            total)
     * @param totalLimited whether the limit comes from the total rather than the per-file limit, for the message
     */
    byte[] read(ZipRecord record, long limit, boolean totalLimited) throws ArchiveRefusal {
        if (record.isEncrypted()) {
            throw new ArchiveRefusal(record.name(), Messages.Zip_encrypted, Messages.Zip_reexportHint);
        }
        if (record.method() != STORED && record.method() != DEFLATED) {
            throw new ArchiveRefusal(record.name(), NLS.bind(Messages.Zip_method, record.method()),
                    Messages.Zip_reexportHint);
        }
        long local = record.localHeaderOffset();
        require(local, LOCAL_SIZE);
        int at = (int) local;
        if (buffer.getInt(at) != LOCAL_SIGNATURE) {
            throw entryCorrupt(record, Messages.Zip_badLocalHeader);
        }
        int nameLength = u16(at + 26);
        int extraLength = u16(at + 28);
        require(local + LOCAL_SIZE, nameLength + extraLength);
        byte[] localName = Arrays.copyOfRange(zip, at + LOCAL_SIZE, at + LOCAL_SIZE + nameLength);
        if (!Arrays.equals(localName, record.nameBytes())) {
            throw entryCorrupt(record, Messages.Zip_nameMismatch);
        }
        long start = local + LOCAL_SIZE + nameLength + extraLength;
        require(start, record.compressedSize());
        byte[] data = record.method() == STORED ? stored(record, (int) start, limit, totalLimited)
                : inflate(record, (int) start, limit, totalLimited);
        if (data.length != record.size()) {
            throw entryCorrupt(record, NLS.bind(Messages.Zip_sizeMismatch, record.size(), data.length));
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        if (crc.getValue() != record.crc()) {
            throw entryCorrupt(record, Messages.Zip_crcMismatch);
        }
        return data;
    }

    private byte[] stored(ZipRecord record, int start, long limit, boolean totalLimited) throws ArchiveRefusal {
        if (record.compressedSize() > limit) {
            throw tooLarge(record, limit, totalLimited);
        }
        return Arrays.copyOfRange(zip, start, start + (int) record.compressedSize());
    }

    private byte[] inflate(ZipRecord record, int start, long limit, boolean totalLimited) throws ArchiveRefusal {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, start, (int) record.compressedSize());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw entryCorrupt(record, Messages.Zip_truncated);
                }
                if ((long) out.size() + n > limit) {
                    throw tooLarge(record, limit, totalLimited);
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw entryCorrupt(record, NLS.bind(Messages.Zip_badData, e.getMessage()));
        } finally {
            inflater.end();
        }
    }

    private static ArchiveRefusal tooLarge(ZipRecord record, long limit, boolean totalLimited) {
        String mb = Long.toString(Math.max(1, limit / (1024 * 1024)));
        return totalLimited
                ? new ArchiveRefusal(record.name(), Messages.Zip_totalTooLarge, Messages.Zip_tooLargeHint)
                : new ArchiveRefusal(record.name(), NLS.bind(Messages.Zip_entryTooLarge, mb), Messages.Zip_tooLargeHint);
    }

    private int findEnd() throws ArchiveRefusal {
        int lowest = Math.max(0, zip.length - END_SIZE - UNSET_16);
        for (int at = zip.length - END_SIZE; at >= lowest; at--) {
            if (buffer.getInt(at) == END_SIGNATURE && at + END_SIZE + u16(at + 20) == zip.length) {
                return at;
            }
        }
        throw corrupt(Messages.Zip_notZip);
    }

    private static String decode(byte[] name) throws ArchiveRefusal {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(name)).toString();
        } catch (CharacterCodingException e) {
            throw new ArchiveRefusal(new String(name, StandardCharsets.ISO_8859_1), Messages.Zip_nameEncoding,
                    Messages.Zip_reexportHint);
        }
    }

    private void require(long at, long length) throws ArchiveRefusal {
        if (at < 0 || length < 0 || at + length > zip.length) {
            throw corrupt(Messages.Zip_outOfBounds);
        }
    }

    private int u16(int at) {
        return Short.toUnsignedInt(buffer.getShort(at));
    }

    private long u32(int at) {
        return Integer.toUnsignedLong(buffer.getInt(at));
    }

    private static ArchiveRefusal corrupt(String message) {
        return new ArchiveRefusal(null, message, Messages.Zip_corruptHint);
    }

    private static ArchiveRefusal entryCorrupt(ZipRecord record, String message) {
        return new ArchiveRefusal(record.name(), message, Messages.Zip_corruptHint);
    }
}
