package org.rogatory.model.io;

/**
 * The file names a pack consists of, in one place, so the loader, the writer, the localizer and pack tooling agree on
 * them. Paths are relative to the pack folder and always use {@code /}.
 */
public final class PackLayout {

    /** The extension of every pack and scenario file; the resource factory is registered for it. */
    public static final String EXTENSION = "rogatory"; //$NON-NLS-1$

    /** The pack manifest: root {@code Pack}, the cast, conducts and rubrics, and the list of scenarios. */
    public static final String PACK_FILE = "pack." + EXTENSION; //$NON-NLS-1$

    /** The folder that holds the translations. */
    public static final String L10N_FOLDER = "l10n"; //$NON-NLS-1$

    private PackLayout() {
    }

    /**
     * Names the file of a scenario after its id, so an author finds a scenario's file from its id and back.
     *
     * @param scenarioId the scenario's id
     * @return the file name, e.g. {@code ransomware.rogatory}
     */
    public static String scenarioFile(String scenarioId) {
        return scenarioId + '.' + EXTENSION;
    }

    /**
     * Names the translation file of a scenario or of the pack itself: the texts of each file translate separately, so
     * a translator can work on one scenario at a time.
     *
     * @param rootId the id of the scenario, or of the pack for the pack's own texts
     * @param languageTag the language, e.g. {@code fr} or {@code pt-BR}
     * @return the path, e.g. {@code l10n/ransomware_fr.properties}
     */
    public static String translationFile(String rootId, String languageTag) {
        return L10N_FOLDER + '/' + rootId + '_' + languageTag + ".properties"; //$NON-NLS-1$
    }
}
