package org.rogatory.model.internal.io;

import java.io.IOException;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.migration.FormatMigration;
import org.rogatory.model.migration.FormatMigrations;
import org.rogatory.model.migration.FormatVersion;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Runs the chain of migrations from a document's format to the current one, on a DOM parsed with the same protections
 * as everything else, and turns any failure into a {@link DocumentProblem} of the file.
 */
final class DocumentMigrator {

    private final FormatMigrations migrations;
    private final String location;
    private final FormatSniffer.Root root;

    DocumentMigrator(FormatMigrations migrations, String location, FormatSniffer.Root root) {
        this.migrations = migrations;
        this.location = location;
        this.root = root;
    }

    byte[] migrate(byte[] bytes) throws DocumentProblem {
        String current = FormatVersion.current().nsUri();
        String namespace = root.namespace();
        if (migrations.from(namespace).isEmpty()) {
            throw problem(Messages.Format_noMigration, Messages.Format_noMigrationHint, null);
        }
        Document document = parse(bytes);
        while (!current.equals(namespace)) {
            FormatMigration migration = migrations.from(namespace).orElseThrow(
                    () -> problem(Messages.Format_noMigration, Messages.Format_noMigrationHint, null));
            try {
                migration.migrate(document);
            } catch (RuntimeException e) {
                throw problem(Messages.Format_migrationFailed, Messages.Format_migrationFailedHint, e);
            }
            namespace = migration.toNsUri();
        }
        try {
            return SafeXml.serialize(document);
        } catch (TransformerException e) {
            throw problem(Messages.Format_migrationFailed, Messages.Format_migrationFailedHint, e);
        }
    }

    private Document parse(byte[] bytes) throws DocumentProblem {
        try {
            return SafeXml.parseDom(bytes);
        } catch (SAXParseException e) {
            throw new DocumentProblem(location, e.getLineNumber(), e.getColumnNumber(),
                    NLS.bind(Messages.Xml_notWellFormed, e.getMessage()), Messages.Xml_notWellFormedHint);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new DocumentProblem(location, 0, 0, NLS.bind(Messages.Xml_notWellFormed, e.getMessage()),
                    Messages.Xml_notWellFormedHint);
        }
    }

    private DocumentProblem problem(String message, String hint, Exception cause) {
        Object version = FormatVersion.fromNsUri(root.namespace()).map(Object::toString).orElse(root.namespace());
        Object current = FormatVersion.current();
        String reason = cause == null ? "" : String.valueOf(cause.getMessage()); //$NON-NLS-1$
        return new DocumentProblem(location, root.line(), root.column(),
                NLS.bind(message, new Object[] { version, current, reason }),
                NLS.bind(hint, version, current));
    }
}
