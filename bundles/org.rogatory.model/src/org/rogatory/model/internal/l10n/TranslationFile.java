package org.rogatory.model.internal.l10n;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.PackSource;

/**
 * Reads one translation file: strictly UTF-8 (translators edit these files by hand, often in editors that save in
 * another encoding, and a wrong byte must be reported, not turned into a replacement character), with a size limit,
 * and reporting the line of a bad byte or a bad escape.
 */
public final class TranslationFile {

    private static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final Pattern BAD_ESCAPE = Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\\\u(?![0-9a-fA-F]{4})"); //$NON-NLS-1$

    private TranslationFile() {
    }

    /**
     * Reads a translation file of a pack.
     *
     * @param source the pack's files
     * @param path the file's path in the pack
     * @return the translations by key, or empty if the pack has no such file
     * @throws LoadException if the file exists but cannot be used, naming the file and line
     */
    public static Optional<Map<String, String>> read(PackSource source, String path) throws LoadException {
        byte[] bytes;
        try (InputStream in = source.open(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException | FileNotFoundException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw problem(source, path, 0, NLS.bind(Messages.TranslationFile_unreadable, e.getMessage()),
                    Messages.TranslationFile_unreadableHint);
        }
        if (bytes.length > MAX_BYTES) {
            throw problem(source, path, 0, Messages.TranslationFile_tooLarge, Messages.TranslationFile_tooLargeHint);
        }
        String text = decode(source, path, bytes);
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IllegalArgumentException | IOException e) {
            throw problem(source, path, lineOfBadEscape(text), Messages.TranslationFile_badEscape,
                    Messages.TranslationFile_badEscapeHint);
        }
        Map<String, String> result = new HashMap<>();
        properties.forEach((key, value) -> result.put((String) key, (String) value));
        return Optional.of(result);
    }

    private static String decode(PackSource source, String path, byte[] bytes) throws LoadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw problem(source, path, line, Messages.TranslationFile_notUtf8, Messages.TranslationFile_notUtf8Hint);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text; //$NON-NLS-1$
    }

    private static int lineOfBadEscape(String text) {
        String[] lines = text.split("\n", -1); //$NON-NLS-1$
        for (int i = 0; i < lines.length; i++) {
            if (BAD_ESCAPE.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static LoadException problem(PackSource source, String path, int line, String message, String hint) {
        return new LoadException(List.of(new LoadProblem(source.describe(path), line, 0, message, hint)));
    }
}
