/**
 * Read-only questions about a scenario (which decision points can ever open, which element has an id) that validation,
 * the engine and tools share. Behaviour lives here rather than in generated code.
 */
package org.rogatory.model.query;
