/**
 * Checking citations as authors write them in scenario packs against the knowledge base: does the article exist, does
 * the paragraph exist, is its number verified.
 */
package org.rogatory.treaty.citation;
