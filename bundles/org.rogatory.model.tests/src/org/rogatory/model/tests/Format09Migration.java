package org.rogatory.model.tests;

import org.rogatory.model.migration.FormatMigration;
import org.rogatory.model.migration.MigrationSupport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A test-only migration from the synthetic format 0.9, in which a scenario's {@code timeBudget} was called
 * {@code timeLimit}. It proves the migration hook end to end; it is written the way a real migration would be.
 */
class Format09Migration implements FormatMigration {

    static final String FORMAT_09 = "http://rogatory.org/scenario/0.9";
    static final String FORMAT_10 = "http://rogatory.org/scenario/1.0";

    @Override
    public String fromNsUri() {
        return FORMAT_09;
    }

    @Override
    public String toNsUri() {
        return FORMAT_10;
    }

    @Override
    public void migrate(Document document) {
        Element root = document.getDocumentElement();
        if ("Scenario".equals(root.getLocalName())) {
            MigrationSupport.renameAttribute(root, "timeLimit", "timeBudget");
        }
        if ("Pack".equals(root.getLocalName())) {
            root.setAttribute("formatVersion", "1.0");
        }
        MigrationSupport.rewriteNamespace(document, FORMAT_09, FORMAT_10);
    }
}
