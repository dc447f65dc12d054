/** The machinery behind pack archives: a strict zip reader, entry name rules, the manifest codec; not API. */
package org.rogatory.model.internal.archive;
