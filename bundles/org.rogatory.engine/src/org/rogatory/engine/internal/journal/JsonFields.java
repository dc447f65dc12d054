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

    /** The longest whole number written exactly: a sign and 19 digits, as {@code -?(0|[1-9][0-9]{0,18})} allows. */
    private static final int MAX_DIGITS = 19;

    private JsonFields() {
    }

    /**
     * Returns the path of {@code key} inside the object at {@code path}: {@code path.key} when the key is a name
     * ({@code [A-Za-z_][A-Za-z0-9_]*}), else {@code path['key']}. Readers build paths only for what is wrong, since a
     * path is only ever shown in a refusal.
     */
    public static String child(String path, String key) {
        return isName(key) ? path + '.' + key : path + "['" + key.replace("'", "\\'") + "']"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** Whether {@code key} matches {@code [A-Za-z_][A-Za-z0-9_]*}, checked by hand: this runs for every field read. */
    public static boolean isName(String key) {
        if (key.isEmpty() || !isNameStart(key.charAt(0))) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!isNameStart(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    /**
     * Whether {@code text} is a whole number written exactly, {@code -?(0|[1-9][0-9]{0,18})}: an optional minus, then
     * 0 or up to 19 digits without a leading zero. Checked by hand: this runs for every number read.
     */
    public static boolean isWholeNumber(String text) {
        int start = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > MAX_DIGITS || (digits > 1 && text.charAt(start) == '0')) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
        if (known.containsAll(object.keySet())) {
            return;
        }
        // The first unknown key in sorted order, so the refusal does not depend on the file's order.
        for (String key : new TreeSet<>(object.keySet())) {
            if (!known.contains(key)) {
                throw new JsonShapeException(child(path, key), Problem.UNKNOWN, null);
            }
        }
    }

    /** Returns a required, non-empty string field. */
    public static String text(JsonObject object, String key, String path) throws JsonShapeException {
        String value = string(required(object, key, path), path, key);
        if (value.isBlank()) {
            throw new JsonShapeException(child(path, key), Problem.BLANK, null);
        }
        return value;
    }

    /** Returns a required whole number written exactly (no fraction, exponent or rounding). */
    public static long wholeNumber(JsonObject object, String key, String path) throws JsonShapeException {
        JsonElement value = required(object, key, path);
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()
                || !isWholeNumber(primitive.getAsString())) {
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
        JsonElement value = required(object, key, path);
        if (!value.isJsonObject()) {
            throw new JsonShapeException(child(path, key), Problem.NOT_OBJECT, null);
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            if (!(entry.getValue() instanceof JsonPrimitive primitive) || !primitive.isString()) {
                throw new JsonShapeException(child(child(path, key), entry.getKey()), Problem.NOT_STRING, null);
            }
            map.put(entry.getKey(), primitive.getAsString());
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

    /** The string value of the field {@code key} of the object at {@code path}. */
    private static String string(JsonElement value, String path, String key) throws JsonShapeException {
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
            throw new JsonShapeException(child(path, key), Problem.NOT_STRING, null);
        }
        return primitive.getAsString();
    }
}
