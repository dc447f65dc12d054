package org.rogatory.engine.internal.journal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.rogatory.engine.internal.journal.JsonShapeException.Problem;

/**
 * Strict access to JSON fields that names the JSON path of whatever is wrong, so that a refused file tells the
 * person exactly which value to fix.
 */
public final class JsonFields {

    /** The path of the document itself. */
    public static final String ROOT = "$"; //$NON-NLS-1$

    private static final String WHOLE_NUMBER = "-?(0|[1-9][0-9]{0,18})"; //$NON-NLS-1$
    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*"; //$NON-NLS-1$

    private JsonFields() {
    }

    /** Returns the path of {@code key} inside the object at {@code path}. */
    public static String child(String path, String key) {
        return key.matches(NAME) ? path + '.' + key : path + "['" + key.replace("'", "\\'") + "']"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** Returns {@code element} as an object, or names {@code path} as not being one. */
    public static JsonObject object(JsonElement element, String path) throws JsonShapeException {
        if (element == null || !element.isJsonObject()) {
            throw new JsonShapeException(path, Problem.NOT_OBJECT, null);
        }
        return element.getAsJsonObject();
    }

    /** Refuses a field this format does not define: a misspelt optional field must not vanish silently. */
    public static void onlyKnown(JsonObject object, String path, Set<String> known) throws JsonShapeException {
        for (String key : new TreeSet<>(object.keySet())) {
            if (!known.contains(key)) {
                throw new JsonShapeException(child(path, key), Problem.UNKNOWN, null);
            }
        }
    }

    /** Returns a required, non-empty string field. */
    public static String text(JsonObject object, String key, String path) throws JsonShapeException {
        String value = string(required(object, key, path), child(path, key));
        if (value.isBlank()) {
            throw new JsonShapeException(child(path, key), Problem.BLANK, null);
        }
        return value;
    }

    /** Returns a required whole number written exactly (no fraction, exponent or rounding). */
    public static long wholeNumber(JsonObject object, String key, String path) throws JsonShapeException {
        JsonElement value = required(object, key, path);
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()
                || !primitive.getAsString().matches(WHOLE_NUMBER)) {
            throw new JsonShapeException(child(path, key), Problem.NOT_WHOLE_NUMBER, null);
        }
        try {
            return Long.parseLong(primitive.getAsString());
        } catch (NumberFormatException e) {
            throw new JsonShapeException(child(path, key), Problem.NOT_WHOLE_NUMBER, null);
        }
    }

    /** Returns a required whole number that is zero or more. */
    public static long notNegative(JsonObject object, String key, String path) throws JsonShapeException {
        long value = wholeNumber(object, key, path);
        if (value < 0) {
            throw new JsonShapeException(child(path, key), Problem.NEGATIVE, null);
        }
        return value;
    }

    /** Returns a required ISO-8601 instant. */
    public static Instant instant(JsonObject object, String key, String path) throws JsonShapeException {
        try {
            return Instant.parse(text(object, key, path));
        } catch (DateTimeParseException e) {
            throw new JsonShapeException(child(path, key), Problem.NOT_TIME, null);
        }
    }

    /** Returns a required array. */
    public static JsonArray array(JsonObject object, String key, String path) throws JsonShapeException {
        JsonElement value = required(object, key, path);
        if (!value.isJsonArray()) {
            throw new JsonShapeException(child(path, key), Problem.NOT_ARRAY, null);
        }
        return value.getAsJsonArray();
    }

    /** Returns a required object whose values are all strings, as a map in the file's order. */
    public static Map<String, String> stringMap(JsonObject object, String key, String path)
            throws JsonShapeException {
        String mapPath = child(path, key);
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : object(required(object, key, path), mapPath).entrySet()) {
            map.put(entry.getKey(), string(entry.getValue(), child(mapPath, entry.getKey())));
        }
        return map;
    }

    private static JsonElement required(JsonObject object, String key, String path) throws JsonShapeException {
        JsonElement value = object.get(key);
        if (value == null) {
            throw new JsonShapeException(child(path, key), Problem.MISSING, null);
        }
        return value;
    }

    private static String string(JsonElement value, String path) throws JsonShapeException {
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
            throw new JsonShapeException(path, Problem.NOT_STRING, null);
        }
        return primitive.getAsString();
    }
}
