package org.rogatory.model.l10n;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.rogatory.model.scenario.Identified;

/**
 * Finds translatable attributes from the model's own annotation instead of a hand-kept list, so a new translatable
 * attribute in {@code scenario.ecore} is picked up by the localizer, translation templates and the editor at once.
 */
public final class Translatables {

    /** The annotation source that marks an attribute as translatable; its {@code kind} detail is label or text. */
    public static final String ANNOTATION_SOURCE = "http://rogatory.org/l10n"; //$NON-NLS-1$

    private Translatables() {
    }

    /**
     * Tells whether an attribute holds person-readable text that translations may replace.
     *
     * @param attribute any attribute
     * @return whether it carries the l10n annotation
     */
    public static boolean isTranslatable(EAttribute attribute) {
        return attribute.getEAnnotation(ANNOTATION_SOURCE) != null;
    }

    /**
     * Lists the translatable attributes of a class, inherited ones included.
     *
     * @param eClass the class
     * @return the attributes in feature order
     */
    public static List<EAttribute> attributesOf(EClass eClass) {
        return eClass.getEAllAttributes().stream().filter(Translatables::isTranslatable).toList();
    }

    /**
     * Gives the translation key of one text: {@code <element id>.<feature name>}.
     *
     * @param element the element that holds the text
     * @param attribute the translatable attribute
     * @return the key, e.g. {@code dp1.narrative}
     */
    public static String key(Identified element, EAttribute attribute) {
        return element.getId() + '.' + attribute.getName();
    }
}
