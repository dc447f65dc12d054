package org.rogatory.model.l10n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Labels of the scenario model's enum values as people read them ("Signatory (not ratified)", not {@code SIGNATORY}).
 * The format stores the literals; the trainee workbench and the scenario editor show these labels, so both speak of a
 * value in the same words.
 */
public final class EnumLabels {

    private static final ResourceBundle LABELS = ResourceBundle.getBundle("org.rogatory.model.l10n.enums", //$NON-NLS-1$
            Locale.getDefault(), EnumLabels.class.getClassLoader());

    private EnumLabels() {
    }

    /**
     * The label of {@code value}, from {@code enums.properties}; for a value without an entry, its literal made
     * readable ("Preservation request" for {@code PRESERVATION_REQUEST}).
     *
     * @param value an enum value, or null
     * @return the label; empty for null
     */
    public static String of(Enum<?> value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        String key = value.getDeclaringClass().getSimpleName() + '.' + value.name();
        try {
            return LABELS.getString(key);
        } catch (MissingResourceException e) {
            return readable(value.name());
        }
    }

    /** Whether {@code value} has a label of its own in {@code enums.properties}. */
    public static boolean hasLabel(Enum<?> value) {
        return LABELS.containsKey(value.getDeclaringClass().getSimpleName() + '.' + value.name());
    }

    private static String readable(String literal) {
        String words = literal.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
