package org.rogatory.editor.internal.problems;

import org.eclipse.emf.ecore.EObject;
import org.rogatory.engine.validation.PackProblem;

/**
 * One problem of an edited pack, as the command line reports it, plus the model element it is about (when the
 * validator named one that still exists), so the author can jump to it.
 *
 * @param severity error or warning
 * @param file the file name inside the pack
 * @param element the element's id, or {@code -}
 * @param message what is wrong, from the validator
 * @param target the element in the editor's model, or {@code null}
 */
public record Problem(PackProblem.Severity severity, String file, String element, String message, EObject target) {
}
