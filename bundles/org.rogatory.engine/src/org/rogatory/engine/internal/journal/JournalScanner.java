package org.rogatory.engine.internal.journal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rogatory.engine.internal.journal.Frames.Frame;
import org.rogatory.engine.internal.journal.Frames.Status;
import org.rogatory.engine.journal.RecordedDecision;
import org.rogatory.engine.journal.JournalException;
import org.rogatory.engine.journal.JournalHeader;
import org.rogatory.engine.journal.TailRepair;

/**
 * Reads a journal's bytes and decides what may be resumed. Damage confined to the last record (a crash during its
 * write, or a damaged final record) is cut; damage anywhere else is refused, because cutting there would drop
 * decisions the trainee has already seen. Only the caller changes the file, and only after this has decided.
 */
public final class JournalScanner {

    /**
     * What a journal holds.
     *
     * @param header    the session's header
     * @param decisions the valid decisions, in order
     * @param validEnd  the offset just after the last valid record
     * @param repair    the damaged last record to cut at {@code validEnd}, or null when there is none
     */
    public record Scan(JournalHeader header, List<RecordedDecision> decisions, int validEnd, TailRepair repair) {
    }

    private JournalScanner() {
    }

    /** Reads only the header, for listing sessions without opening (or repairing) their journals. */
    public static JournalHeader header(Path file, byte[] data) throws JournalException {
        return scanHeader(file, data).header();
    }

    /** Reads the whole journal: refuses what cannot be resumed and reports the one record to cut, if any. */
    public static Scan scan(Path file, byte[] data) throws JournalException {
        Scan start = scanHeader(file, data);
        JournalHeader header = start.header();
        List<RecordedDecision> decisions = start.decisions();
        int offset = start.validEnd();
        while (offset < data.length) {
            Frame frame = Frames.parse(data, offset);
            RecordedDecision decision = frame.status() == Status.VALID
                    ? JournalCodec.decodeDecision(data, frame, decisions.size() + 1)
                    : null;
            if (decision == null) {
                return damagedTail(file, data, offset, new Scan(header, decisions, offset, null));
            }
            decisions.add(decision);
            offset = frame.next();
        }
        return new Scan(header, decisions, offset, null);
    }

    private static Scan scanHeader(Path file, byte[] data) throws JournalException {
        int offset = JournalFormat.check(file, data);
        Frame frame = Frames.parse(data, offset);
        JournalHeader header = frame.status() == Status.VALID ? JournalCodec.decodeHeader(data, frame) : null;
        if (header == null) {
            throw JournalErrors.damagedHeader(file, offset, data.length, isTear(data, offset));
        }
        return new Scan(header, new ArrayList<>(), frame.next(), null);
    }

    private static Scan damagedTail(Path file, byte[] data, int offset, Scan valid)
            throws JournalException {
        int recordNumber = valid.decisions().size() + 1;
        int lineFeed = Frames.nextLineFeed(data, offset);
        if (lineFeed >= 0 && lineFeed < data.length - 1) {
            throw JournalErrors.damagedMiddle(file, recordNumber, offset, data.length - lineFeed - 1);
        }
        TailRepair.Kind kind = isTear(data, offset) ? TailRepair.Kind.TORN : TailRepair.Kind.CORRUPT;
        TailRepair repair = new TailRepair(file, recordNumber, offset, data.length - offset, kind);
        return new Scan(valid.header(), valid.decisions(), offset, repair);
    }

    /**
     * A record is torn when its line feed, the last byte an append writes and forces, is not on disk: that write never
     * finished, so it was never acknowledged. This also covers the zeros some file systems leave after a crash.
     */
    private static boolean isTear(byte[] data, int offset) {
        return Frames.nextLineFeed(data, offset) < 0;
    }
}
