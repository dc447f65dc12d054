package org.rogatory.model.internal.io;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A reference that still points to a proxy after resolution: its target does not exist, or could not or must not be
 * read.
 *
 * @param owner the object that holds the reference
 * @param reference the feature
 * @param proxy the unresolved proxy
 */
record DanglingReference(EObject owner, EReference reference, EObject proxy) {
}
