package org.rogatory.model.internal.archive;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.archive.ArchiveEntry;
import org.rogatory.model.archive.ArchiveManifest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;

/**
 * Writes and reads {@code rogpack.json}. Writing fixes the order of fields and entries, so the manifest (and with it the
 * archive) is the same for the same pack; reading checks the archive format first, so a newer archive gets "update
 * Rogatory" rather than a confusing complaint about a field it does not know.
 */
public final class ManifestCodec {

    private static final String FORMAT = "archiveFormat"; //$NON-NLS-1$
    private static final String ID = "id"; //$NON-NLS-1$
    private static final String VERSION = "version"; //$NON-NLS-1$
    private static final String TITLE = "title"; //$NON-NLS-1$
    private static final String MIN_VERSION = "minRogatoryVersion"; //$NON-NLS-1$
    private static final String ENTRIES = "entries"; //$NON-NLS-1$
    private static final String PATH = "path"; //$NON-NLS-1$
    private static final String SIZE = "size"; //$NON-NLS-1$
    private static final String SHA256 = "sha256"; //$NON-NLS-1$
    private static final String DIGEST = "digest"; //$NON-NLS-1$
    private static final String DIGEST_PREFIX = "sha256:"; //$NON-NLS-1$

    private ManifestCodec() {
    }

    /** Encodes a manifest as UTF-8 JSON with a fixed layout. */
    public static byte[] encode(ArchiveManifest manifest) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  "); //$NON-NLS-1$
            json.setHtmlSafe(false);
            json.beginObject();
            json.name(FORMAT).value(manifest.archiveFormat());
            json.name(ID).value(manifest.id());
            json.name(VERSION).value(manifest.version());
            json.name(TITLE).value(manifest.title());
            json.name(MIN_VERSION).value(manifest.minRogatoryVersion());
            json.name(ENTRIES).beginArray();
            for (ArchiveEntry entry : manifest.entries()) {
                json.beginObject().name(PATH).value(entry.path()).name(SIZE).value(entry.size()).name(SHA256)
                        .value(entry.sha256()).endObject();
            }
            json.endArray();
            json.name(DIGEST).value(manifest.digest());
            json.endObject();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
    }

    /**
     * Decodes and checks the shape of a manifest.
     *
     * @throws ArchiveRefusal if it is not JSON, lacks a field, or uses an archive format this Rogatory does not read
     */
    public static ArchiveManifest decode(byte[] bytes) throws ArchiveRefusal {
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                throw malformed(Messages.Manifest_notObject);
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw malformed(NLS.bind(Messages.Manifest_notJson, e.getMessage()));
        }
        int format = format(root);
        if (format > ArchiveManifest.CURRENT_FORMAT) {
            throw new ArchiveRefusal(EntryNames.MANIFEST,
                    NLS.bind(Messages.Manifest_newer, format, ArchiveManifest.CURRENT_FORMAT),
                    Messages.Manifest_newerHint);
        }
        if (format < 1) {
            throw malformed(NLS.bind(Messages.Manifest_unknownFormat, format));
        }
        List<ArchiveEntry> entries = new ArrayList<>();
        JsonElement list = root.get(ENTRIES);
        if (list == null || !list.isJsonArray()) {
            throw malformed(NLS.bind(Messages.Manifest_missing, ENTRIES));
        }
        for (JsonElement element : (JsonArray) list) {
            if (!element.isJsonObject()) {
                throw malformed(NLS.bind(Messages.Manifest_missing, ENTRIES));
            }
            JsonObject entry = element.getAsJsonObject();
            entries.add(new ArchiveEntry(string(entry, PATH), number(entry, SIZE), string(entry, SHA256)));
        }
        String minVersion = root.has(MIN_VERSION) ? string(root, MIN_VERSION) : ""; //$NON-NLS-1$
        return new ArchiveManifest(format, string(root, ID), string(root, VERSION), string(root, TITLE), minVersion,
                entries, string(root, DIGEST));
    }

    /**
     * Computes the digest over a list of entries: SHA-256 over one line {@code <sha256> <size> <path>} per entry, in
     * the order given (the manifest's, sorted by path).
     */
    public static String digest(List<ArchiveEntry> entries) {
        StringBuilder lines = new StringBuilder();
        for (ArchiveEntry entry : entries) {
            lines.append(entry.sha256()).append(' ').append(entry.size()).append(' ').append(entry.path()).append('\n');
        }
        return DIGEST_PREFIX + sha256(lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Computes the lower-case hex SHA-256 of some bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }

    private static int format(JsonObject root) throws ArchiveRefusal {
        JsonElement value = root.get(FORMAT);
        if (value instanceof JsonPrimitive primitive && primitive.isNumber()) {
            try {
                return Integer.parseInt(primitive.getAsString());
            } catch (NumberFormatException e) {
                throw malformed(NLS.bind(Messages.Manifest_unknownFormat, primitive.getAsString()));
            }
        }
        throw malformed(NLS.bind(Messages.Manifest_missing, FORMAT));
    }

    private static String string(JsonObject object, String field) throws ArchiveRefusal {
        JsonElement value = object.get(field);
        if (value instanceof JsonPrimitive primitive && primitive.isString()) {
            return primitive.getAsString();
        }
        throw malformed(NLS.bind(Messages.Manifest_missing, field));
    }

    private static long number(JsonObject object, String field) throws ArchiveRefusal {
        JsonElement value = object.get(field);
        if (value instanceof JsonPrimitive primitive && primitive.isNumber()) {
            try {
                return Long.parseLong(primitive.getAsString());
            } catch (NumberFormatException e) {
                throw malformed(NLS.bind(Messages.Manifest_missing, field));
            }
        }
        throw malformed(NLS.bind(Messages.Manifest_missing, field));
    }

    private static ArchiveRefusal malformed(String message) {
        return new ArchiveRefusal(EntryNames.MANIFEST, message, Messages.Manifest_malformedHint);
    }
}
