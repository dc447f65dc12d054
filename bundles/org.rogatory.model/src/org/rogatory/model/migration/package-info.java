/**
 * Reading packs written in older scenario formats. The namespace URI of a document ({@code
 * http://rogatory.org/scenario/1.0}) carries its format version. Newer and unknown formats are refused; an older one
 * goes through a chain of {@link org.rogatory.model.migration.FormatMigration}s that rewrite the XML, one format step
 * at a time, before EMF parses it.
 *
 * <h2>Adding a migration</h2>
 * When a change to {@code scenario.ecore} makes old documents unreadable, the nsURI gets a new version (say
 * {@code 2.0}). Then:
 * <ol>
 * <li>Implement {@link org.rogatory.model.migration.FormatMigration} in {@code org.rogatory.model.internal.migration}
 * with {@code fromNsUri} = the old namespace and {@code toNsUri} = the new one. Rename elements and attributes with the
 * helpers in {@link org.rogatory.model.migration.MigrationSupport}; {@code rewriteNamespace} is always the last
 * step.</li>
 * <li>Add it to the list in {@link org.rogatory.model.migration.FormatMigrations#standard()}.</li>
 * <li>Commit a fixture pack in the old format under {@code org.rogatory.model.tests/fixtures/} and a test that loads it
 * and checks the renamed values, as {@code MigrationTest} does for the synthetic {@code 0.9} format.</li>
 * </ol>
 * Migrations never skip a step: a {@code 1.0} document reaches {@code 3.0} through {@code 1.0 -> 2.0 -> 3.0}, so each
 * migration only knows two neighbouring formats.
 */
package org.rogatory.model.migration;
