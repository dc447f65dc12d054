package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.model.internal.io.RogatoryResource;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.Scenario;

/**
 * A pack's scenario files are read several at once and its source positions are dropped once the load has reported
 * its problems. Neither may change what is loaded, in which order, or where a problem is said to be.
 */
class ParallelPackLoadTest {

    private static final int SCENARIOS = 12;

    @TempDir
    Path temp;

    private Path pack;

    /** The minimal pack, with its one scenario copied into twelve files listed in the catalogue. */
    @BeforeEach
    void makeAPackOfTwelve() throws IOException {
        pack = Fixtures.copy("minimal", temp.resolve("pack"));
        Path original = pack.resolve("case.rogatory");
        StringBuilder listed = new StringBuilder();
        for (int i = SCENARIOS; i >= 1; i--) {
            Path copy = pack.resolve("case-" + i + ".rogatory");
            Files.copy(original, copy);
            Fixtures.replace(copy, " id=\"case\"", " id=\"case-" + i + "\"");
            listed.append("<scenarios href=\"case-").append(i).append(".rogatory#case-").append(i).append("\"/>");
        }
        Files.delete(original);
        Fixtures.replace(pack.resolve("pack.rogatory"), "<scenarios href=\"case.rogatory#case\"/>", listed.toString());
    }

    @Test
    void everyScenarioIsLoadedInCatalogueOrder() throws LoadException {
        LoadedPack loaded = new ScenarioLoader().loadPack(pack);
        List<String> expected = new ArrayList<>();
        for (int i = SCENARIOS; i >= 1; i--) {
            expected.add("case-" + i);
        }
        assertEquals(expected, loaded.scenarios().stream().map(Scenario::getId).toList());
        for (Scenario scenario : loaded.scenarios()) {
            assertEquals(scenario.getId() + ".rogatory", scenario.eResource().getURI().lastSegment());
            assertEquals(loaded.pack().eResource().getResourceSet(), scenario.eResource().getResourceSet());
            assertTrue(loaded.pack().getCast().contains(scenario.getHomeState()), scenario.getId());
        }
    }

    @Test
    void positionsAreDroppedOnceTheLoadIsDone() throws LoadException {
        LoadedPack loaded = new ScenarioLoader().loadPack(pack);
        for (Scenario scenario : loaded.scenarios()) {
            RogatoryResource resource = (RogatoryResource) scenario.eResource();
            assertEquals(Optional.empty(), resource.positions().of(scenario));
            EObject firstChild = scenario.eContents().get(0);
            assertEquals(Optional.empty(), resource.positions().of(firstChild));
        }
    }

    @Test
    void problemsInOneOfManyFilesStillNameItsLineAndColumn() throws IOException {
        int line = Fixtures.replace(pack.resolve("case-7.rogatory"), "<homeState href=\"pack.rogatory#B\"/>",
                "<homeState href=\"pack.rogatory#Nowhere\"/>");
        Files.writeString(pack.resolve("case-3.rogatory"), "<broken");

        LoadException exception = assertThrows(LoadException.class, () -> new ScenarioLoader().loadPack(pack));

        List<LoadProblem> problems = exception.getProblems();
        LoadProblem dangling = problems.stream().filter(p -> p.file().endsWith("case-7.rogatory")).findFirst()
                .orElseThrow(() -> new AssertionError(exception.getMessage()));
        BrokenDocumentTest.assertLocated(dangling, "case-7.rogatory", line);
        assertTrue(dangling.message().contains("pack.rogatory#Nowhere"), dangling.message());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("case-3.rogatory") || p.message().contains(
                "case-3.rogatory")), exception.getMessage());
    }
}
