package org.rogatory.model.internal.io;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.migration.FormatMigrations;
import org.rogatory.model.migration.FormatVersion;

/**
 * Decides, from the namespace a document declares, whether EMF may parse it as it is, whether it must be migrated
 * first, or whether it is refused: a foreign format, or one written by a newer Rogatory.
 */
final class FormatGate {

    private FormatGate() {
    }

    /**
     * Prepares a document for EMF.
     *
     * @param document the bytes as read
     * @param migrations the migrations that may be applied
     * @param location the file's URI, for problems
     * @return the bytes EMF parses: the same array if the document is current, else the migrated document
     * @throws DocumentProblem if the document is refused or cannot be migrated
     */
    static byte[] prepare(byte[] document, FormatMigrations migrations, String location) throws DocumentProblem {
        FormatSniffer.Root root = FormatSniffer.sniff(document, location);
        FormatVersion current = FormatVersion.current();
        Optional<FormatVersion> version = FormatVersion.fromNsUri(root.namespace());
        if (version.isEmpty()) {
            String namespace = root.namespace() == null || root.namespace().isEmpty() ? Messages.Format_noNamespace
                    : root.namespace();
            throw new DocumentProblem(location, root.line(), root.column(),
                    NLS.bind(Messages.Format_unknown, new Object[] { root.name(), namespace, current.nsUri() }),
                    NLS.bind(Messages.Format_unknownHint, current.nsUri()));
        }
        int comparison = version.get().compareTo(current);
        if (comparison > 0) {
            throw new DocumentProblem(location, root.line(), root.column(),
                    NLS.bind(Messages.Format_newer, version.get(), current),
                    NLS.bind(Messages.Format_newerHint, version.get(), current));
        }
        if (comparison == 0) {
            return document;
        }
        return new DocumentMigrator(migrations, location, root).migrate(document);
    }
}
