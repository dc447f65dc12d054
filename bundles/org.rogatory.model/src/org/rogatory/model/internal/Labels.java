package org.rogatory.model.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.scenario.Identified;

/**
 * Names model elements in messages the way an author thinks of them: "decision point 'dp2'", or "retention policy in
 * service provider 'cloudco'" for elements without an id. Load problems and validation diagnostics use the same names,
 * so an author learns one vocabulary.
 */
public final class Labels {

    private Labels() {
    }

    /**
     * Names an element.
     *
     * @param object the element, possibly {@code null}
     * @return its type in words and its id, or the nearest container with an id
     */
    public static String of(EObject object) {
        if (object == null) {
            return Messages.Label_unknown;
        }
        String type = typeName(object.eClass());
        if (object instanceof Identified identified && identified.getId() != null) {
            return NLS.bind(Messages.Label_identified, type, identified.getId());
        }
        if (object.eContainer() != null) {
            return NLS.bind(Messages.Label_contained, type, of(object.eContainer()));
        }
        return type;
    }

    /**
     * Turns a class name into words: {@code DecisionPoint} becomes "decision point".
     *
     * @param eClass the class
     * @return the lower-case words
     */
    public static String typeName(EClass eClass) {
        String name = eClass.getName();
        StringBuilder words = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                words.append(' ');
            }
            words.append(Character.toLowerCase(c));
        }
        return words.toString();
    }
}
