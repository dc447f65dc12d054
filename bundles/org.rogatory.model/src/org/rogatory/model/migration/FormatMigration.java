package org.rogatory.model.migration;

import org.w3c.dom.Document;

/**
 * One step from an older scenario format to the next: it rewrites a parsed document (namespace, renamed elements and
 * attributes, restructured content) so that the next step, or EMF, can read it. Working on the XML rather than on EMF
 * objects is what lets Rogatory read documents whose classes and features no longer exist.
 *
 * <p>
 * A migration must not add or remove line breaks between elements: problem reports for a migrated file use the lines
 * of the migrated text, which then match the original. If it fails it throws a runtime exception; the loader reports it
 * as a problem of the file.
 * </p>
 */
public interface FormatMigration {

    /**
     * Names the format this migration reads.
     *
     * @return a namespace URI such as {@code http://rogatory.org/scenario/0.9}
     */
    String fromNsUri();

    /**
     * Names the format this migration writes: the next version, which is older than or equal to the current one.
     *
     * @return a namespace URI such as {@code http://rogatory.org/scenario/1.0}
     */
    String toNsUri();

    /**
     * Rewrites the document in place, ending with its namespace set to {@link #toNsUri()} (see
     * {@link MigrationSupport#rewriteNamespace(Document, String, String)}).
     *
     * @param document the whole document, parsed with namespaces
     */
    void migrate(Document document);
}
