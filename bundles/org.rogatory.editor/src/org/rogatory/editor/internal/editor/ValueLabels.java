package org.rogatory.editor.internal.editor;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.rogatory.model.l10n.EnumLabels;

/**
 * How the details table and its choosers write a value: the model's enum values in the words the trainee workbench uses
 * ("Preservation request", not {@code PRESERVATION_REQUEST}), everything else as EMF.Edit's item labels write it.
 */
final class ValueLabels {

    private ValueLabels() {
    }

    /**
     * The text of {@code value}.
     *
     * @param labels the property's label provider, or null
     * @param value a property's value, one of its choices, or a list of either
     * @return the text to show
     */
    static String text(IItemLabelProvider labels, Object value) {
        if (value instanceof Enum<?> literal) {
            return EnumLabels.of(literal);
        }
        if (isEnumValue(value)) {
            return ((Collection<?>) value).stream().map(v -> EnumLabels.of((Enum<?>) v))
                    .collect(Collectors.joining(", ")); //$NON-NLS-1$
        }
        return labels == null ? String.valueOf(value) : labels.getText(value);
    }

    /** Whether {@code value} is an enum value or a non-empty list of them, which {@link #text} writes in words. */
    static boolean isEnumValue(Object value) {
        return value instanceof Enum<?> || value instanceof Collection<?> values && !values.isEmpty()
                && values.stream().allMatch(Enum.class::isInstance);
    }
}
