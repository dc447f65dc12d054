package org.rogatory.engine.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.internal.journal.AtomicFiles;
import org.rogatory.engine.internal.journal.CanonicalJson;
import org.rogatory.engine.internal.journal.JsonFields;
import org.rogatory.engine.internal.journal.JsonShapeException;
import org.rogatory.engine.internal.journal.Messages;
import org.rogatory.engine.internal.journal.TranscriptCodec;

/**
 * Reads and writes transcript files. Writing is deterministic (two writes of one transcript are byte-identical, so
 * transcripts can be compared as golden files) and atomic (a crash leaves the old file or the new one); reading is
 * strict and names the JSON path of the first thing wrong.
 */
public final class TranscriptFiles {

    private static final String FORMAT_PATH = JsonFields.child(JsonFields.ROOT, "format"); //$NON-NLS-1$

    private TranscriptFiles() {
    }

    /** Returns the bytes of a transcript file: indented UTF-8 JSON with {@code \n} line ends and a final line feed. */
    public static byte[] toBytes(Transcript transcript) {
        return CanonicalJson.pretty(TranscriptCodec.toJson(transcript));
    }

    /** Writes a transcript atomically, replacing any file of that name. */
    public static void write(Transcript transcript, Path file) throws IOException {
        AtomicFiles.replace(file, toBytes(transcript));
    }

    /** Reads a transcript; refuses an unknown format version, and any missing, unknown or mistyped field by path. */
    public static Transcript read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            JsonObject json = JsonFields.object(CanonicalJson.parse(bytes, 0, bytes.length), JsonFields.ROOT);
            long format = TranscriptCodec.format(json);
            if (format != TranscriptCodec.FORMAT) {
                throw new TranscriptException(file, FORMAT_PATH, NLS.bind(Messages.Transcript_unsupportedFormat,
                        new Object[] { file, Long.valueOf(format), Integer.valueOf(TranscriptCodec.FORMAT) }));
            }
            return TranscriptCodec.fromJson(json);
        } catch (JsonShapeException e) {
            throw new TranscriptException(file, e.path(), TranscriptCodec.describe(file, e));
        }
    }
}
