package org.rogatory.engine.internal.journal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32C;

import org.eclipse.osgi.util.NLS;

/**
 * The framing of one journal record: {@code <length> <crc32c> <payload>\n}, with the payload's UTF-8 byte length in
 * decimal and its CRC-32C in eight lower-case hex digits. The length says where the payload must end, so a record cut
 * short by a crash is recognised as torn; the checksum tells a payload written whole from one damaged later. The
 * payload is compact JSON, which never holds a raw line feed, so every line feed in a journal ends a record.
 */
public final class Frames {

    /** The largest payload a record may hold, which also bounds how far a reader trusts a length it reads. */
    public static final int MAX_PAYLOAD = 1 << 20;

    /** The most bytes a frame adds around its payload. */
    public static final int MAX_OVERHEAD = 7 + 1 + 8 + 1 + 1;

    private static final int MAX_LENGTH_DIGITS = 7;
    private static final int CRC_DIGITS = 8;
    private static final byte LINE_FEED = '\n';
    private static final HexFormat HEX = HexFormat.of();

    /** Whether a record is whole, cut short by the end of the file, or damaged. */
    public enum Status {
        VALID, TORN, CORRUPT
    }

    /** What a reader found at one offset: the status and, for a valid record, where its payload lies. */
    public record Frame(Status status, int payloadStart, int payloadEnd) {

        /** Returns the offset just after this record, where the next one starts. */
        public int next() {
            return payloadEnd + 1;
        }
    }

    private static final Frame TORN = new Frame(Status.TORN, -1, -1);
    private static final Frame CORRUPT = new Frame(Status.CORRUPT, -1, -1);

    private Frames() {
    }

    /** Frames a payload; refuses one too large for a reader to accept, so nothing is written that cannot be read. */
    public static byte[] encode(byte[] payload) {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException(NLS.bind(Messages.Value_tooLarge, Integer.valueOf(payload.length),
                    Integer.valueOf(MAX_PAYLOAD)));
        }
        byte[] head = (payload.length + " " + crc(payload, 0, payload.length) + " ") //$NON-NLS-1$ //$NON-NLS-2$
                .getBytes(StandardCharsets.US_ASCII);
        byte[] record = Arrays.copyOf(head, head.length + payload.length + 1);
        System.arraycopy(payload, 0, record, head.length, payload.length);
        record[record.length - 1] = LINE_FEED;
        return record;
    }

    /**
     * Reads the record starting at {@code offset}. A record is torn when the file ends before it is complete and every
     * byte up to there fits the framing; it is corrupt as soon as a byte does not fit or the checksum differs.
     */
    public static Frame parse(byte[] data, int offset) {
        int i = offset;
        long length = 0;
        while (i < data.length && isDigit(data[i]) && i - offset <= MAX_LENGTH_DIGITS) {
            length = length * 10 + data[i++] - '0';
        }
        if (i == data.length) {
            return TORN;
        }
        int digits = i - offset;
        if (digits == 0 || digits > MAX_LENGTH_DIGITS || data[offset] == '0' || length > MAX_PAYLOAD
                || data[i] != ' ') {
            return CORRUPT;
        }
        int crcStart = i + 1;
        for (i = crcStart; i <= crcStart + CRC_DIGITS; i++) {
            if (i == data.length) {
                return TORN;
            }
            if (i < crcStart + CRC_DIGITS ? !isLowerHex(data[i]) : data[i] != ' ') {
                return CORRUPT;
            }
        }
        long end = i + length;
        if (end >= data.length) {
            return TORN;
        }
        byte[] expected = crc(data, i, (int) end).getBytes(StandardCharsets.US_ASCII);
        if (data[(int) end] != LINE_FEED
                || !Arrays.equals(expected, 0, CRC_DIGITS, data, crcStart, crcStart + CRC_DIGITS)) {
            return CORRUPT;
        }
        return new Frame(Status.VALID, i, (int) end);
    }

    /** Returns the index of the first line feed in {@code data} from {@code from} on, or -1. */
    public static int nextLineFeed(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == LINE_FEED) {
                return i;
            }
        }
        return -1;
    }

    private static String crc(byte[] data, int from, int to) {
        CRC32C crc = new CRC32C();
        crc.update(data, from, to - from);
        return HEX.toHexDigits((int) crc.getValue());
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isLowerHex(byte b) {
        return isDigit(b) || b >= 'a' && b <= 'f';
    }
}
