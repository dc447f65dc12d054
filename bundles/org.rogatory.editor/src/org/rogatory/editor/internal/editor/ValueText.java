package org.rogatory.editor.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * Turns the text an author typed for an attribute into its model value. Empty text unsets an unsettable attribute
 * ({@code TimedEvent.at}, {@code Feedback.expectedVerdict}...) and clears a text; a list of texts is split at
 * {@code ;}.
 */
final class ValueText {

    private ValueText() {
    }

    /** @throws IllegalArgumentException if the text is not a value of the attribute's type */
    static Object parse(EAttribute attribute, String text, boolean many) {
        EDataType type = attribute.getEAttributeType();
        if (many) {
            List<Object> values = new ArrayList<>();
            for (String part : text.split(";")) { //$NON-NLS-1$
                if (!part.isBlank()) {
                    values.add(EcoreUtil.createFromString(type, part.strip()));
                }
            }
            return values;
        }
        if (text.isEmpty()) {
            if (attribute.isUnsettable()) {
                return SetCommand.UNSET_VALUE;
            }
            return type.getInstanceClass() == String.class ? null : attribute.getDefaultValue();
        }
        return EcoreUtil.createFromString(type, text);
    }
}
