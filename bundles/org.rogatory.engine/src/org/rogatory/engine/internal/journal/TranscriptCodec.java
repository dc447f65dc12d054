package org.rogatory.engine.internal.journal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.Transcript;

/**
 * The JSON form of transcripts, and of actions wherever they are written (journal records use the same field names,
 * so one reader serves both). Fields are added in one fixed order, which makes the output deterministic.
 */
public final class TranscriptCodec {

    /** The one transcript format this code writes and reads. */
    public static final int FORMAT = 1;

    static final String FORMAT_KEY = "format"; //$NON-NLS-1$
    static final String SCENARIO_ID = "scenarioId"; //$NON-NLS-1$
    static final String SCENARIO_VERSION = "scenarioVersion"; //$NON-NLS-1$
    static final String SEED = "seed"; //$NON-NLS-1$
    static final String ACTIONS = "actions"; //$NON-NLS-1$
    static final String ACTION_ID = "actionId"; //$NON-NLS-1$
    static final String PARAMETERS = "parameters"; //$NON-NLS-1$
    static final String SIMULATED_MINUTES = "simulatedMinutes"; //$NON-NLS-1$
    private static final Set<String> KEYS = Set.of(FORMAT_KEY, SCENARIO_ID, SCENARIO_VERSION, SEED, ACTIONS);
    private static final Set<String> ACTION_KEYS = Set.of(ACTION_ID, PARAMETERS, SIMULATED_MINUTES);
    private static final String ACTIONS_PATH = JsonFields.child(JsonFields.ROOT, ACTIONS);

    private TranscriptCodec() {
    }

    /** Returns the transcript as JSON, fields in their fixed order. */
    public static JsonObject toJson(Transcript transcript) {
        JsonObject json = new JsonObject();
        json.addProperty(FORMAT_KEY, Integer.valueOf(FORMAT));
        json.addProperty(SCENARIO_ID, transcript.scenarioId());
        json.addProperty(SCENARIO_VERSION, transcript.scenarioVersion());
        json.addProperty(SEED, Long.valueOf(transcript.seed()));
        JsonArray actions = new JsonArray();
        for (RecordedAction action : transcript.actions()) {
            JsonObject item = new JsonObject();
            putAction(item, action);
            actions.add(item);
        }
        json.add(ACTIONS, actions);
        return json;
    }

    /** Returns the format version, read before anything else so a newer transcript is refused for its version. */
    public static long format(JsonObject json) throws JsonShapeException {
        return JsonFields.wholeNumber(json, FORMAT_KEY, JsonFields.ROOT);
    }

    /** Reads a transcript of the current format, naming the JSON path of the first thing wrong. */
    public static Transcript fromJson(JsonObject json) throws JsonShapeException {
        JsonFields.onlyKnown(json, JsonFields.ROOT, KEYS);
        String scenarioId = JsonFields.text(json, SCENARIO_ID, JsonFields.ROOT);
        String scenarioVersion = JsonFields.text(json, SCENARIO_VERSION, JsonFields.ROOT);
        long seed = JsonFields.wholeNumber(json, SEED, JsonFields.ROOT);
        JsonArray array = JsonFields.array(json, ACTIONS, JsonFields.ROOT);
        List<RecordedAction> actions = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String path = ACTIONS_PATH + '[' + i + ']';
            JsonObject item = JsonFields.object(array.get(i), path);
            JsonFields.onlyKnown(item, path, ACTION_KEYS);
            actions.add(readAction(item, path));
        }
        return new Transcript(scenarioId, scenarioVersion, seed, actions);
    }

    static void putAction(JsonObject json, RecordedAction action) {
        json.addProperty(ACTION_ID, action.actionId());
        json.add(PARAMETERS, stringMap(action.parameters()));
        json.addProperty(SIMULATED_MINUTES, Long.valueOf(action.simulatedMinutes()));
    }

    static RecordedAction readAction(JsonObject json, String path) throws JsonShapeException {
        return new RecordedAction(JsonFields.text(json, ACTION_ID, path), JsonFields.stringMap(json, PARAMETERS, path),
                JsonFields.notNegative(json, SIMULATED_MINUTES, path));
    }

    static JsonObject stringMap(Map<String, String> map) {
        JsonObject json = new JsonObject();
        map.forEach(json::addProperty);
        return json;
    }

    /** Returns the message a person reads for a transcript that does not have the required shape. */
    public static String describe(Path file, JsonShapeException e) {
        String template = switch (e.problem()) {
            case MALFORMED -> Messages.Transcript_malformed;
            case MISSING -> Messages.Transcript_missing;
            case NOT_STRING -> Messages.Transcript_notString;
            case BLANK -> Messages.Transcript_blank;
            case NOT_WHOLE_NUMBER -> Messages.Transcript_notWholeNumber;
            case NEGATIVE -> Messages.Transcript_negative;
            case NOT_OBJECT -> Messages.Transcript_notObject;
            case NOT_ARRAY -> Messages.Transcript_notArray;
            case UNKNOWN -> Messages.Transcript_unknown;
            case NOT_TIME -> Messages.Transcript_notTime;
        };
        Object detail = e.problem() == JsonShapeException.Problem.MALFORMED ? e.getMessage() : e.path();
        return NLS.bind(template, new Object[] { file, detail, Integer.valueOf(FORMAT) });
    }
}
