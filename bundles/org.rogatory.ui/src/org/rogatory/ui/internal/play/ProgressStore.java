package org.rogatory.ui.internal.play;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * How far the trainee got with each case (not started, in progress, completed with its score), and which case was
 * open last. Kept in one small properties file that is replaced atomically, so a crash leaves the old or the new
 * version, never half of one. The journals hold the decisions themselves; this file only saves the library from
 * replaying every journal to show progress.
 */
public final class ProgressStore {

    /** How far a case has got. */
    public enum Status {
        /** Never opened. */
        NOT_STARTED,
        /** Opened and not finished. */
        IN_PROGRESS,
        /** Finished, with a score. */
        COMPLETED
    }

    /**
     * The progress of one case.
     *
     * @param status how far it got
     * @param score the weighted total when completed
     */
    public record CaseProgress(Status status, double score) {
        /** A case never opened. */
        public static final CaseProgress NOT_STARTED = new CaseProgress(Status.NOT_STARTED, 0);
    }

    private static final String LAST = "last"; //$NON-NLS-1$
    private static final String COMPLETED_PREFIX = "completed:"; //$NON-NLS-1$

    private final Path file;
    private final Properties values;

    /**
     * Opens the store, reading the file if it exists. An unreadable file is treated as empty: progress is a
     * convenience, and the journals still hold every decision.
     *
     * @param file the properties file
     */
    public ProgressStore(Path file) {
        this.file = file;
        this.values = PropertiesFiles.read(file);
    }

    private static String key(String packId, String scenarioId) {
        return packId + '/' + scenarioId;
    }

    /** The progress of a case. */
    public synchronized CaseProgress get(String packId, String scenarioId) {
        String value = values.getProperty(key(packId, scenarioId));
        if (value == null) {
            return CaseProgress.NOT_STARTED;
        }
        if (value.startsWith(COMPLETED_PREFIX)) {
            try {
                return new CaseProgress(Status.COMPLETED,
                        Double.parseDouble(value.substring(COMPLETED_PREFIX.length())));
            } catch (NumberFormatException e) {
                return new CaseProgress(Status.COMPLETED, 0);
            }
        }
        return new CaseProgress(Status.IN_PROGRESS, 0);
    }

    /** Records the progress of a case and writes the file. */
    public synchronized void set(String packId, String scenarioId, CaseProgress progress) throws IOException {
        String key = key(packId, scenarioId);
        if (get(packId, scenarioId).equals(progress)) {
            return;
        }
        switch (progress.status()) {
            case NOT_STARTED -> values.remove(key);
            case IN_PROGRESS -> values.setProperty(key, Status.IN_PROGRESS.name());
            case COMPLETED -> values.setProperty(key,
                    COMPLETED_PREFIX + String.format(Locale.ROOT, "%.2f", progress.score())); //$NON-NLS-1$
        }
        save();
    }

    /** The case open when the workbench last closed, as pack id and scenario id. */
    public synchronized Optional<String[]> lastOpen() {
        String value = values.getProperty(LAST);
        if (value == null || value.indexOf('/') < 0) {
            return Optional.empty();
        }
        return Optional.of(value.split("/", 2)); //$NON-NLS-1$
    }

    /** Remembers the open case, or forgets it when {@code packId} is null. */
    public synchronized void setLastOpen(String packId, String scenarioId) throws IOException {
        String current = values.getProperty(LAST);
        if (packId == null ? current == null : key(packId, scenarioId).equals(current)) {
            return;
        }
        if (packId == null) {
            values.remove(LAST);
        } else {
            values.setProperty(LAST, key(packId, scenarioId));
        }
        save();
    }

    private void save() throws IOException {
        PropertiesFiles.write(file, values);
    }
}
