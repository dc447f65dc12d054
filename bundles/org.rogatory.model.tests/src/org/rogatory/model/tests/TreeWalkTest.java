package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.rogatory.model.internal.validation.TreeWalk;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;

/**
 * {@link TreeWalk} must visit exactly what {@code eAllContents()} visits, in the same order: the checks that use it
 * report findings in that order.
 */
class TreeWalkTest {

    @Test
    void visitsWhatEAllContentsVisitsInTheSameOrder() throws LoadException {
        MinimalPack minimal = new MinimalPack();
        List<EObject> roots = new ArrayList<>(List.of(minimal.pack, minimal.scenario));
        for (String fixture : List.of("every-instrument", "minimal")) {
            LoadedPack loaded = new ScenarioLoader().loadPack(Fixtures.source(fixture));
            roots.add(loaded.pack());
            roots.addAll(loaded.scenarios());
        }
        int visited = 0;
        for (EObject root : roots) {
            List<EObject> expected = new ArrayList<>();
            root.eAllContents().forEachRemaining(expected::add);
            List<EObject> walked = new ArrayList<>();
            TreeWalk.contents(root, walked::add);
            assertEquals(expected, walked, root.toString());
            visited += walked.size();
        }
        assertTrue(visited > 100, visited + " elements");
    }
}
