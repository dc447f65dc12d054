package org.rogatory.engine.internal.journal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import org.rogatory.engine.internal.journal.JsonShapeException.Problem;

/**
 * The one way journals and transcripts turn JSON into bytes and back. Writing is deterministic (keys in the order the
 * codecs add them, maps sorted, no HTML escaping, {@code \n} line ends) so equal content gives equal bytes; reading
 * is strict (valid UTF-8, standard JSON, one value and nothing after it).
 */
public final class CanonicalJson {

    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();
    private static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();
    private static final TypeAdapter<JsonElement> ELEMENT = COMPACT.getAdapter(JsonElement.class);

    private CanonicalJson() {
    }

    /** Returns one line of JSON, as a journal record holds it. */
    public static byte[] compact(JsonObject object) {
        return Values.utf8(COMPACT.toJson(object));
    }

    /** Returns indented JSON ending in a line feed, as a transcript file holds it, for people and diff tools. */
    public static byte[] pretty(JsonObject object) {
        return Values.utf8(PRETTY.toJson(object).replace("\r\n", "\n") + '\n'); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Parses the bytes from {@code from} to {@code to} as exactly one strict JSON value. */
    public static JsonElement parse(byte[] bytes, int from, int to) throws JsonShapeException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new JsonShapeException(JsonFields.ROOT, Problem.MALFORMED, e.toString());
        }
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            JsonElement element = ELEMENT.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonShapeException(JsonFields.ROOT, Problem.MALFORMED, reader.toString());
            }
            return element;
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new JsonShapeException(JsonFields.ROOT, Problem.MALFORMED, e.getMessage());
        }
    }
}
