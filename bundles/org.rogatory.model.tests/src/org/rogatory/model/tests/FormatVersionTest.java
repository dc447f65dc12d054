package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.migration.FormatVersion;

/**
 * The namespace URI carries the format version. A file from a newer Rogatory must say so and tell the user to update,
 * and a file that is not a scenario document at all must not be mistaken for one.
 */
class FormatVersionTest {

    private static final String CURRENT = "xmlns:scenario=\"http://rogatory.org/scenario/1.0\"";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = { "2.0", "1.1" })
    void newerFormatAsksToUpdateRogatory(String version) throws IOException {
        LoadProblem problem = loadWithNamespace("http://rogatory.org/scenario/" + version);

        assertTrue(problem.message().contains("newer Rogatory"), problem.message());
        assertTrue(problem.message().contains("format " + version), problem.message());
        assertTrue(problem.hint().contains("Update Rogatory"), problem.hint());
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://example.org/other/1.0", "http://rogatory.org/scenario/latest" })
    void unknownNamespaceIsRefused(String namespace) throws IOException {
        LoadProblem problem = loadWithNamespace(namespace);

        assertTrue(problem.message().contains("not a Rogatory scenario file"), problem.message());
        assertTrue(problem.message().contains(namespace), problem.message());
    }

    @Test
    void currentVersionIsReadFromThePackage() {
        assertEquals(new FormatVersion(1, 0), FormatVersion.current());
        assertTrue(new FormatVersion(1, 1).compareTo(FormatVersion.current()) > 0);
        assertTrue(new FormatVersion(0, 9).compareTo(FormatVersion.current()) < 0);
    }

    private LoadProblem loadWithNamespace(String namespace) throws IOException {
        Path pack = Fixtures.copy("minimal", temp.resolve("pack"));
        int line = Fixtures.replace(pack.resolve("case.rogatory"), CURRENT, "xmlns:scenario=\"" + namespace + "\"");
        LoadProblem problem = Fixtures.onlyProblem(
                assertThrows(LoadException.class, () -> new ScenarioLoader().loadPack(pack)));
        BrokenDocumentTest.assertLocated(problem, "case.rogatory", line);
        return problem;
    }
}
