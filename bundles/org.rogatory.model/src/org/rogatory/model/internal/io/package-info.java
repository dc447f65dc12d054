/**
 * How packs are loaded safely: a resource set that knows only the scenario package and the {@code rogatory} extension,
 * a URI converter that serves only the pack's own files, hardened XML parsers, the format gate with its migrations,
 * and the translation of every EMF or parser error into a {@link org.rogatory.model.io.LoadProblem}. Not API: callers
 * use {@link org.rogatory.model.io.ScenarioLoader}.
 */
package org.rogatory.model.internal.io;
