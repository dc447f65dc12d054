package org.rogatory.engine.internal.journal;

import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;

import org.rogatory.engine.internal.journal.Frames.Frame;
import org.rogatory.engine.journal.RecordedDecision;
import org.rogatory.engine.journal.JournalHeader;

/**
 * The JSON payloads of journal records: a header and decisions, each tagged with its type. Reading is as strict as
 * writing, so that a record that passes its checksum but does not have exactly this shape counts as corrupt.
 */
public final class JournalCodec {

    private static final String TYPE = "type"; //$NON-NLS-1$
    private static final String HEADER = "header"; //$NON-NLS-1$
    private static final String DECISION = "decision"; //$NON-NLS-1$
    private static final String TRAINEE_ID = "traineeId"; //$NON-NLS-1$
    private static final String CREATED_AT = "createdAt"; //$NON-NLS-1$
    private static final String SEQUENCE = "sequence"; //$NON-NLS-1$
    private static final String RESULT = "result"; //$NON-NLS-1$
    private static final Set<String> HEADER_KEYS = Set.of(TYPE, TranscriptCodec.SCENARIO_ID,
            TranscriptCodec.SCENARIO_VERSION, TranscriptCodec.SEED, TRAINEE_ID, CREATED_AT);
    private static final Set<String> DECISION_KEYS = Set.of(TYPE, SEQUENCE, TranscriptCodec.ACTION_ID,
            TranscriptCodec.PARAMETERS, TranscriptCodec.SIMULATED_MINUTES, RESULT);

    private JournalCodec() {
    }

    /** Returns the bytes a new journal starts with: the format line and the framed header. */
    public static byte[] encodeHeader(JournalHeader header) {
        JsonObject json = new JsonObject();
        json.addProperty(TYPE, HEADER);
        json.addProperty(TranscriptCodec.SCENARIO_ID, header.scenarioId());
        json.addProperty(TranscriptCodec.SCENARIO_VERSION, header.scenarioVersion());
        json.addProperty(TranscriptCodec.SEED, Long.valueOf(header.seed()));
        json.addProperty(TRAINEE_ID, header.traineeId());
        json.addProperty(CREATED_AT, header.createdAt().toString());
        byte[] line = JournalFormat.firstLine();
        byte[] record = Frames.encode(CanonicalJson.compact(json));
        byte[] bytes = new byte[line.length + record.length];
        System.arraycopy(line, 0, bytes, 0, line.length);
        System.arraycopy(record, 0, bytes, line.length, record.length);
        return bytes;
    }

    /** Returns the framed record of one decision. */
    public static byte[] encodeDecision(RecordedDecision decision) {
        JsonObject json = new JsonObject();
        json.addProperty(TYPE, DECISION);
        json.addProperty(SEQUENCE, Integer.valueOf(decision.sequence()));
        TranscriptCodec.putAction(json, decision.action());
        json.add(RESULT, TranscriptCodec.stringMap(decision.result()));
        return Frames.encode(CanonicalJson.compact(json));
    }

    /** Returns the header in a valid frame, or null when its content is not a header. */
    public static JournalHeader decodeHeader(byte[] data, Frame frame) {
        try {
            JsonObject json = payload(data, frame, HEADER, HEADER_KEYS);
            return new JournalHeader(JsonFields.text(json, TranscriptCodec.SCENARIO_ID, JsonFields.ROOT),
                    JsonFields.text(json, TranscriptCodec.SCENARIO_VERSION, JsonFields.ROOT),
                    JsonFields.wholeNumber(json, TranscriptCodec.SEED, JsonFields.ROOT),
                    JsonFields.text(json, TRAINEE_ID, JsonFields.ROOT),
                    JsonFields.instant(json, CREATED_AT, JsonFields.ROOT));
        } catch (JsonShapeException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Returns the decision in a valid frame, or null when it is not the decision numbered {@code sequence}. */
    public static RecordedDecision decodeDecision(byte[] data, Frame frame, int sequence) {
        try {
            JsonObject json = payload(data, frame, DECISION, DECISION_KEYS);
            if (JsonFields.wholeNumber(json, SEQUENCE, JsonFields.ROOT) != sequence) {
                return null;
            }
            Map<String, String> result = JsonFields.stringMap(json, RESULT, JsonFields.ROOT);
            return new RecordedDecision(sequence, TranscriptCodec.readAction(json, JsonFields.ROOT), result);
        } catch (JsonShapeException | IllegalArgumentException e) {
            return null;
        }
    }

    private static JsonObject payload(byte[] data, Frame frame, String type, Set<String> keys)
            throws JsonShapeException {
        JsonObject json = JsonFields.object(CanonicalJson.parse(data, frame.payloadStart(), frame.payloadEnd()),
                JsonFields.ROOT);
        JsonFields.onlyKnown(json, JsonFields.ROOT, keys);
        if (!type.equals(JsonFields.text(json, TYPE, JsonFields.ROOT))) {
            throw new JsonShapeException(JsonFields.child(JsonFields.ROOT, TYPE), JsonShapeException.Problem.UNKNOWN,
                    null);
        }
        return json;
    }
}
