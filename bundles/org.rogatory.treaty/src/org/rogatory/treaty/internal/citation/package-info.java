/**
 * Not API. Citation building, paragraph labels and citation syntax shared by the loader and the citation check.
 */
package org.rogatory.treaty.internal.citation;
