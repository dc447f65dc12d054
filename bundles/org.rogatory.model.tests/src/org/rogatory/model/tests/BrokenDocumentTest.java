package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.ScenarioLoader;

/**
 * Authors edit pack files by hand, so a broken file must be refused with the file, the line and what to fix, never
 * loaded half-way or with references silently set to nothing. Each test breaks the minimal fixture in one place.
 */
class BrokenDocumentTest {

    @TempDir
    Path temp;

    private Path pack;
    private Path scenario;

    @BeforeEach
    void copyMinimalPack() throws IOException {
        pack = Fixtures.copy("minimal", temp.resolve("pack"));
        scenario = pack.resolve("case.rogatory");
    }

    @Test
    void validFixtureLoads() throws LoadException {
        assertEquals("case", new ScenarioLoader().loadPack(pack).scenarios().get(0).getId());
    }

    @Test
    void danglingIdReferenceIsReportedAtItsLine() throws IOException {
        int line = Fixtures.replace(scenario, "start=\"dp-start\"", "start=\"dp-nowhere\"");

        LoadProblem problem = onlyProblem();

        assertLocated(problem, "case.rogatory", line);
        assertTrue(problem.message().contains("dp-nowhere"), problem.message());
        assertTrue(problem.message().contains("start"), problem.message());
    }

    @Test
    void danglingHrefIsReportedAtItsLine() throws IOException {
        int line = Fixtures.replace(scenario, "<homeState href=\"pack.rogatory#B\"/>",
                "<homeState href=\"pack.rogatory#Nowhere\"/>");

        LoadProblem problem = onlyProblem();

        assertLocated(problem, "case.rogatory", line);
        assertTrue(problem.message().contains("pack.rogatory#Nowhere"), problem.message());
        assertTrue(problem.message().contains("homeState"), problem.message());
    }

    @Test
    void danglingEvidenceReferenceIsReportedAtItsLine() throws IOException {
        int line = Fixtures.replace(scenario, "instrument=\"PRESERVATION_REQUEST\"",
                "instrument=\"PRESERVATION_REQUEST\" dataItems=\"no-such-logs\"");

        LoadProblem problem = onlyProblem();

        assertLocated(problem, "case.rogatory", line);
        assertTrue(problem.message().contains("no-such-logs"), problem.message());
        assertTrue(problem.message().contains("dataItems"), problem.message());
    }

    @Test
    void danglingPersonReferenceIsReportedAtItsLine() throws IOException {
        int line = Fixtures.replace(scenario, "instrument=\"MLA_STORED_DATA\"",
                "instrument=\"MLA_STORED_DATA\" persons=\"no-such-suspect\"");

        LoadProblem problem = onlyProblem();

        assertLocated(problem, "case.rogatory", line);
        assertTrue(problem.message().contains("no-such-suspect"), problem.message());
        assertTrue(problem.message().contains("persons"), problem.message());
    }

    @Test
    void unknownEnumLiteralIsReportedWithTheAllowedValues() throws IOException {
        int line = Fixtures.replace(scenario, "instrument=\"MLA_STORED_DATA\"", "instrument=\"TELEPATHY\"");

        LoadProblem problem = onlyProblem();

        assertLocated(problem, "case.rogatory", line);
        assertTrue(problem.message().contains("TELEPATHY"), problem.message());
        assertTrue(problem.message().contains("action \"request\""), problem.message());
        assertTrue(problem.hint().contains("PRESERVATION_REQUEST"), problem.hint());
    }

    @Test
    void unknownAttributeIsReported() throws IOException {
        int line = Fixtures.replace(scenario, "timeBudget=", "timeBugdet=");

        LoadProblem problem = onlyProblem();

        assertLocated(problem, "case.rogatory", line);
        assertTrue(problem.message().contains("timeBugdet"), problem.message());
    }

    @Test
    void truncatedFileIsReported() throws IOException {
        String content = Files.readString(scenario);
        Files.writeString(scenario, content.substring(0, content.length() / 2));

        LoadProblem problem = onlyProblem();

        assertTrue(problem.file().endsWith("case.rogatory"), problem.file());
        assertTrue(problem.line() > 2, "line " + problem.line());
        assertTrue(problem.message().contains("not well-formed XML"), problem.message());
    }

    @Test
    void emptyFileIsReported() throws IOException {
        Files.writeString(scenario, "");

        LoadProblem problem = onlyProblem();

        assertTrue(problem.file().endsWith("case.rogatory"), problem.file());
        assertTrue(problem.message().contains("not well-formed XML"), problem.message());
    }

    @Test
    void missingScenarioFileIsReportedWhereThePackListsIt() throws IOException {
        Files.delete(scenario);
        int line = lineOf(pack.resolve("pack.rogatory"), "<scenarios href=\"case.rogatory#case\"/>");

        LoadProblem problem = onlyProblem();

        assertLocated(problem, "pack.rogatory", line);
        assertTrue(problem.message().contains("does not exist"), problem.message());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws IOException {
        Fixtures.replace(scenario, "instrument=\"MLA_STORED_DATA\"", "instrument=\"TELEPATHY\"");
        Fixtures.replace(scenario, "action=\"request\"", "action=\"nothing\"");

        LoadException exception = assertThrows(LoadException.class, () -> new ScenarioLoader().loadPack(pack));

        assertEquals(2, exception.getProblems().size(), exception.getMessage());
    }

    private LoadProblem onlyProblem() {
        return Fixtures.onlyProblem(assertThrows(LoadException.class, () -> new ScenarioLoader().loadPack(pack)));
    }

    static void assertLocated(LoadProblem problem, String file, int line) {
        assertTrue(problem.file().endsWith(file), problem.toString());
        assertEquals(line, problem.line(), problem.toString());
        assertTrue(problem.column() > 0, problem.toString());
        assertTrue(problem.toString().contains(file + ":" + line + ":"), problem.toString());
    }

    static int lineOf(Path file, String text) throws IOException {
        String content = Files.readString(file);
        return (int) content.substring(0, content.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }
}
