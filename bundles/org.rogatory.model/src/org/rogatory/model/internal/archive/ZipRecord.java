package org.rogatory.model.internal.archive;

/**
 * One entry of a zip's central directory, as stored: the reader decides from these fields alone whether an entry is
 * acceptable before any of its data is inflated.
 *
 * @param name the entry name, decoded as strict UTF-8
 * @param nameBytes the name as stored, to compare with the local header's
 * @param madeBy the "version made by" field; its high byte names the host system
 * @param flags the general purpose flags
 * @param method the compression method
 * @param crc the CRC-32 the archive claims
 * @param compressedSize the compressed size the archive claims
 * @param size the inflated size the archive claims; never trusted for limits
 * @param externalAttributes the host-specific file attributes (on Unix, the file mode in the high 16 bits)
 * @param localHeaderOffset where the entry's local header starts
 */
record ZipRecord(String name, byte[] nameBytes, int madeBy, int flags, int method, long crc, long compressedSize,
        long size, long externalAttributes, long localHeaderOffset) {

    private static final int HOST_UNIX = 3;
    private static final long UNIX_TYPE_MASK = 0xF000;
    private static final long UNIX_LINK = 0xA000;
    private static final long UNIX_FILE = 0x8000;
    private static final long UNIX_FOLDER = 0x4000;
    private static final long WINDOWS_REPARSE_POINT = 0x400;

    /** Whether the entry is a folder rather than a file. */
    boolean isFolder() {
        return name.endsWith("/"); //$NON-NLS-1$
    }

    /** Whether the entry is a symbolic link (Unix) or a reparse point (Windows), which could point anywhere. */
    boolean isLink() {
        long unixType = (externalAttributes >>> 16) & UNIX_TYPE_MASK;
        if ((madeBy >>> 8) == HOST_UNIX && unixType == UNIX_LINK) {
            return true;
        }
        return (externalAttributes & WINDOWS_REPARSE_POINT) != 0;
    }

    /** Whether the entry is a device, pipe or socket: a Unix type that is neither a file, a folder nor unset. */
    boolean isSpecial() {
        long unixType = (externalAttributes >>> 16) & UNIX_TYPE_MASK;
        return (madeBy >>> 8) == HOST_UNIX && unixType != 0 && unixType != UNIX_FILE && unixType != UNIX_FOLDER
                && unixType != UNIX_LINK;
    }

    /** Whether the entry is encrypted, which a pack never is. */
    boolean isEncrypted() {
        return (flags & 1) != 0;
    }
}
