package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.migration.FormatMigration;
import org.rogatory.model.migration.FormatMigrations;
import org.w3c.dom.Document;

/**
 * Packs outlive releases: a document in an older format must be migrated before EMF reads it, through migrations that
 * a release registers, and a missing or failing migration must be reported like any other problem of the file.
 */
class MigrationTest {

    private static final ScenarioLoader MIGRATING = new ScenarioLoader(
            FormatMigrations.of(List.of(new Format09Migration())));

    @TempDir
    Path temp;

    @Test
    void olderFormatIsMigratedBeforeLoading() throws LoadException {
        LoadedPack loaded = MIGRATING.loadPack(Fixtures.source("format-0.9"));

        assertEquals(2880, loaded.scenarios().get(0).getTimeBudget());
        assertEquals("1.0", loaded.pack().getFormatVersion());
    }

    @Test
    void olderFormatWithoutMigrationIsRefused() {
        LoadException exception = assertThrows(LoadException.class,
                () -> new ScenarioLoader().loadPack(Fixtures.source("format-0.9")));

        LoadProblem problem = Fixtures.onlyProblem(exception);
        assertTrue(problem.file().endsWith("pack.rogatory"), problem.toString());
        assertEquals(2, problem.line(), problem.toString());
        assertTrue(problem.message().contains("old scenario format 0.9"), problem.message());
        assertTrue(problem.hint().contains("earlier Rogatory release"), problem.hint());
    }

    @Test
    void problemsInMigratedFileKeepTheOriginalLine() throws IOException {
        Path pack = Fixtures.copy("format-0.9", temp.resolve("pack"));
        int line = Fixtures.replace(pack.resolve("case.rogatory"), "instrument=\"MLA_STORED_DATA\"",
                "instrument=\"TELEPATHY\"");

        LoadProblem problem = Fixtures.onlyProblem(assertThrows(LoadException.class, () -> MIGRATING.loadPack(pack)));

        BrokenDocumentTest.assertLocated(problem, "case.rogatory", line);
        assertTrue(problem.message().contains("TELEPATHY"), problem.message());
    }

    @Test
    void failingMigrationIsReportedAsAProblemOfTheFile() {
        FormatMigration failing = new Format09Migration() {
            @Override
            public void migrate(Document document) {
                throw new IllegalStateException("unexpected element <legacy>");
            }
        };
        ScenarioLoader loader = new ScenarioLoader(FormatMigrations.of(List.of(failing)));

        LoadException exception = assertThrows(LoadException.class,
                () -> loader.loadPack(Fixtures.source("format-0.9")));

        LoadProblem problem = exception.getProblems().get(0);
        assertTrue(problem.message().contains("unexpected element <legacy>"), problem.message());
    }

    @Test
    void migrationThatGoesBackwardsIsRejected() {
        FormatMigration backwards = new Format09Migration() {
            @Override
            public String fromNsUri() {
                return Format09Migration.FORMAT_10;
            }

            @Override
            public String toNsUri() {
                return Format09Migration.FORMAT_09;
            }
        };

        assertThrows(IllegalArgumentException.class, () -> FormatMigrations.of(List.of(backwards)));
    }

    @Test
    void twoMigrationsFromOneFormatAreRejected() {
        FormatMigrations one = FormatMigrations.of(List.of(new Format09Migration()));

        assertThrows(IllegalArgumentException.class, () -> one.with(new Format09Migration()));
    }
}
