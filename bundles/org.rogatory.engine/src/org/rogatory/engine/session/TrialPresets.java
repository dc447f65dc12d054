package org.rogatory.engine.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptFiles;

/**
 * The states an author saved to start trials from ("presets"): each is a transcript prefix, kept beside the scenario
 * in its pack folder as {@code presets/<scenario id>/<name>.json}, in the engine's transcript format (with
 * {@code <name>.clock} beside it when the clock had run on after the last decision). They live with
 * the pack's sources, so they are versioned and shared with the pack's other authors, and a grader can replay them like
 * any transcript. They are authoring aids, never part of a published pack: the loader reads only the files the pack
 * lists, and archives and plug-in projects carry exactly the pack's files (manifest, scenarios, translations), so a
 * preset (half a solution) never reaches trainees.
 */
public final class TrialPresets {

    /** The folder of a pack that holds presets, one subfolder per scenario. */
    public static final String FOLDER = "presets"; //$NON-NLS-1$
    /** The extension of a preset file. */
    public static final String EXTENSION = ".json"; //$NON-NLS-1$
    /**
     * The extension of the small file beside a preset that holds the minute its clock had reached, when the author
     * let time pass after the last decision (a transcript records decisions only, as a journal does; the workbench
     * keeps a case's clock beside its journal the same way).
     */
    public static final String CLOCK_EXTENSION = ".clock"; //$NON-NLS-1$

    /** What a preset's name may look like: it becomes a file name, so letters, digits, spaces, '-' and '_'. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,63}"); //$NON-NLS-1$

    /**
     * A saved preset.
     *
     * @param name its name, as the author typed it
     * @param file where it is kept
     */
    public record Preset(String name, Path file) {
    }

    /**
     * A preset as read back.
     *
     * @param transcript the decisions
     * @param minute the minute the clock had reached when it was saved (at least the last decision's minute)
     */
    public record Saved(Transcript transcript, int minute) {
    }

    private TrialPresets() {
    }

    /**
     * Where the presets of a scenario are kept.
     *
     * @param packFolder the pack folder (with {@code pack.rogatory})
     * @param scenarioId the scenario's id
     * @return {@code <pack>/presets/<scenario id>}
     */
    public static Path folder(Path packFolder, String scenarioId) {
        return packFolder.resolve(FOLDER).resolve(scenarioId);
    }

    /**
     * Checks a name the author typed.
     *
     * @param name the name
     * @return whether it can name a preset (and its file on every system)
     */
    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches() && name.strip().equals(name);
    }

    /**
     * Lists the presets of a scenario, by name.
     *
     * @param packFolder the pack folder
     * @param scenarioId the scenario's id
     * @return the presets, empty when there are none
     * @throws IOException if the folder exists but cannot be read
     */
    public static List<Preset> list(Path packFolder, String scenarioId) throws IOException {
        Path folder = folder(packFolder, scenarioId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Preset> presets = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(EXTENSION)) {
                    String name = fileName.substring(0, fileName.length() - EXTENSION.length());
                    if (isName(name)) {
                        presets.add(new Preset(name, file));
                    }
                }
            });
        }
        presets.sort(Comparator.comparing(Preset::name, String.CASE_INSENSITIVE_ORDER));
        return presets;
    }

    /**
     * Saves a preset, replacing one of the same name.
     *
     * @param packFolder the pack folder
     * @param name the preset's name, see {@link #isName(String)}
     * @param transcript the decisions that lead to the state to save
     * @return the file written
     * @throws IOException if the file cannot be written
     */
    public static Path save(Path packFolder, String name, Transcript transcript) throws IOException {
        return save(packFolder, name, transcript, 0);
    }

    /**
     * Saves a preset with the minute its clock had reached, replacing one of the same name.
     *
     * @param packFolder the pack folder
     * @param name the preset's name, see {@link #isName(String)}
     * @param transcript the decisions that lead to the state to save
     * @param minute the minute the clock had reached; kept only when it is after the last decision's minute
     * @return the transcript file written
     * @throws IOException if a file cannot be written
     */
    public static Path save(Path packFolder, String name, Transcript transcript, int minute) throws IOException {
        if (!isName(name)) {
            throw new IllegalArgumentException(NLS.bind(Messages.TrialPresets_badName, name));
        }
        Path file = folder(packFolder, transcript.scenarioId()).resolve(name + EXTENSION);
        Path clock = file.resolveSibling(name + CLOCK_EXTENSION);
        Files.createDirectories(file.getParent());
        TranscriptFiles.write(transcript, file);
        if (minute > lastMinute(transcript)) {
            Files.writeString(clock, Integer.toString(minute) + '\n', StandardCharsets.US_ASCII);
        } else {
            Files.deleteIfExists(clock);
        }
        return file;
    }

    /**
     * Reads a preset with its clock.
     *
     * @param packFolder the pack folder
     * @param scenarioId the scenario's id
     * @param name the preset's name
     * @return the decisions and the minute to run the clock to
     * @throws IOException naming the file when it does not exist or is not a transcript
     */
    public static Saved load(Path packFolder, String scenarioId, String name) throws IOException {
        Transcript transcript = read(packFolder, scenarioId, name);
        int minute = lastMinute(transcript);
        Path clock = folder(packFolder, scenarioId).resolve(name + CLOCK_EXTENSION);
        if (Files.isRegularFile(clock)) {
            try {
                minute = Math.max(minute, Integer.parseInt(Files.readString(clock, StandardCharsets.US_ASCII).strip()));
            } catch (NumberFormatException e) {
                throw new IOException(NLS.bind(Messages.TrialPresets_badClock, clock), e);
            }
        }
        return new Saved(transcript, minute);
    }

    private static int lastMinute(Transcript transcript) {
        return transcript.actions().isEmpty() ? 0
                : (int) transcript.actions().get(transcript.actions().size() - 1).simulatedMinutes();
    }

    /**
     * Reads a preset.
     *
     * @param packFolder the pack folder
     * @param scenarioId the scenario's id
     * @param name the preset's name
     * @return its transcript
     * @throws IOException naming the file when it does not exist or is not a transcript
     */
    public static Transcript read(Path packFolder, String scenarioId, String name) throws IOException {
        if (!isName(name)) {
            throw new IOException(NLS.bind(Messages.TrialPresets_badName, name));
        }
        Path file = folder(packFolder, scenarioId).resolve(name + EXTENSION);
        try {
            return TranscriptFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new IOException(NLS.bind(Messages.TrialPresets_missing, name, file), e);
        }
    }
}
