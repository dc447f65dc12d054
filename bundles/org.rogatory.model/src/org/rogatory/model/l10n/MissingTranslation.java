package org.rogatory.model.l10n;

/**
 * A text a translation lacks, with everything a translator needs to add it: the file to add it to, the key and the
 * source text to translate.
 *
 * @param file the translation file, relative to the pack folder (e.g. {@code l10n/ransomware_fr.properties})
 * @param key the key, {@code <element id>.<feature name>}
 * @param sourceText the text in the pack's source language
 */
public record MissingTranslation(String file, String key, String sourceText) {
}
