package org.rogatory.model.internal.io;

/**
 * What a problem report says besides where: what is wrong and how to fix it.
 *
 * @param message what is wrong, in plain English
 * @param hint how to fix it
 */
record Explanation(String message, String hint) {
}
