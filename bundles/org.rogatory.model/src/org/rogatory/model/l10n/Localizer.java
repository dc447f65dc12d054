package org.rogatory.model.l10n;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.l10n.TranslationFile;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackLayout;
import org.rogatory.model.query.ScenarioQuery;
import org.rogatory.model.scenario.Identified;

/**
 * Gives the texts of a loaded pack in one language. Packs store their texts inline in the source language; a
 * translation may be partial, so every text falls back to the source, and {@link #missingTranslations()} tells
 * instructors what is left to translate. For a regional tag such as {@code pt-BR} the {@code pt} files fill the gaps.
 */
public final class Localizer {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"); //$NON-NLS-1$

    private final LoadedPack pack;
    private final String language;
    private final Map<EObject, Map<String, String>> translations = new HashMap<>();

    private Localizer(LoadedPack pack, String language) {
        this.pack = pack;
        this.language = language;
    }

    /**
     * Reads the translations of a pack (its manifest and every loaded scenario) into one language.
     *
     * @param pack the loaded pack
     * @param languageTag the language, e.g. {@code fr} or {@code pt-BR}
     * @return the localizer
     * @throws LoadException if a translation file exists but cannot be used, naming the file
     * @throws IllegalArgumentException if the tag is not a language tag
     */
    public static Localizer load(LoadedPack pack, String languageTag) throws LoadException {
        if (languageTag == null || !LANGUAGE_TAG.matcher(languageTag).matches()) {
            throw new IllegalArgumentException(NLS.bind(Messages.Localizer_badTag, languageTag));
        }
        Localizer localizer = new Localizer(pack, languageTag);
        for (Identified root : localizer.roots()) {
            localizer.translations.put(root, localizer.read(root));
        }
        return localizer;
    }

    /**
     * Gives the language this localizer translates into.
     *
     * @return the language tag
     */
    public String language() {
        return language;
    }

    /**
     * Gives a text in this language, or in the source language when it is not translated.
     *
     * @param element the element that holds the text
     * @param attribute a String attribute; if it is not translatable its value is returned as it is
     * @return the text, {@code null} if the element has none
     */
    public String text(EObject element, EAttribute attribute) {
        String source = (String) element.eGet(attribute);
        if (!Translatables.isTranslatable(attribute) || !(element instanceof Identified identified)) {
            return source;
        }
        Map<String, String> texts = translations.getOrDefault(EcoreUtil.getRootContainer(element), Map.of());
        String translated = texts.get(Translatables.key(identified, attribute));
        return translated == null || translated.isBlank() ? source : translated;
    }

    /**
     * Lists the texts that have a source text but no translation in this language, file by file, so an instructor can
     * hand translators exactly what is missing.
     *
     * @return the missing translations, in pack-then-scenario and document order; empty for the source language
     */
    public List<MissingTranslation> missingTranslations() {
        List<MissingTranslation> missing = new ArrayList<>();
        if (isSourceLanguage()) {
            return missing;
        }
        for (Identified root : roots()) {
            Map<String, String> texts = translations.get(root);
            String file = PackLayout.translationFile(root.getId(), language);
            for (Identified element : ScenarioQuery.identifiedIn(root)) {
                for (EAttribute attribute : Translatables.attributesOf(element.eClass())) {
                    String source = (String) element.eGet(attribute);
                    String key = Translatables.key(element, attribute);
                    if (source != null && !source.isBlank() && isBlank(texts.get(key))) {
                        missing.add(new MissingTranslation(file, key, source));
                    }
                }
            }
        }
        return missing;
    }

    private boolean isSourceLanguage() {
        return language.equals(pack.pack().getSourceLanguage());
    }

    private List<Identified> roots() {
        List<Identified> roots = new ArrayList<>();
        roots.add(pack.pack());
        roots.addAll(pack.scenarios());
        return roots;
    }

    /** Reads the files of one root, most specific tag last so it wins: {@code pt}, then {@code pt-BR}. */
    private Map<String, String> read(Identified root) throws LoadException {
        Map<String, String> texts = new HashMap<>();
        if (isSourceLanguage()) {
            return texts;
        }
        for (String tag : generalFirst()) {
            if (!tag.equals(pack.pack().getSourceLanguage())) {
                Optional<Map<String, String>> file = TranslationFile.read(pack.source(),
                        PackLayout.translationFile(root.getId(), tag));
                file.ifPresent(texts::putAll);
            }
        }
        return texts;
    }

    /** Lists the tag and its more general forms, the most general first: {@code pt}, {@code pt-BR}. */
    private List<String> generalFirst() {
        List<String> tags = new ArrayList<>();
        String tag = language;
        tags.add(tag);
        for (int dash = tag.lastIndexOf('-'); dash > 0; dash = tag.lastIndexOf('-')) {
            tag = tag.substring(0, dash);
            tags.add(0, tag);
        }
        return tags;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
