/**
 * Not API. Secure loading of {@code convention.xmi}, its integrity checks and its conversion to immutable entries.
 */
package org.rogatory.treaty.internal.load;
