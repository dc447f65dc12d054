package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.io.PackWriter;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Scenario;

/**
 * A pack must come back from disk exactly as it was written, or authored content silently changes between the editor
 * and the engine. The committed fixture also pins down how the format is written.
 */
class RoundTripTest {

    @TempDir
    Path folder;

    @Test
    void testPackUsesEveryInstrument() {
        Set<Instrument> used = EnumSet.noneOf(Instrument.class);
        EveryInstrumentPack.build().getScenarios().forEach(s -> actions(s).forEach(a -> used.add(a.getInstrument())));
        assertEquals(EnumSet.allOf(Instrument.class), used);
    }

    @Test
    void packSurvivesWriteAndLoadUnchanged() throws IOException, LoadException {
        Pack built = EveryInstrumentPack.build();
        PackWriter.write(built, folder);

        LoadedPack loaded = new ScenarioLoader().loadPack(folder);

        assertEquals(2, loaded.scenarios().size());
        assertEqual(built, loaded.pack());
    }

    @Test
    void committedFixtureLoadsFromBundleAndEqualsBuiltPack() throws LoadException {
        LoadedPack loaded = new ScenarioLoader().loadPack(Fixtures.source("every-instrument"));

        assertEqual(EveryInstrumentPack.build(), loaded.pack());
    }

    @Test
    void singleScenarioLoadsWithItsPackButNotItsSiblings() throws LoadException {
        LoadedPack loaded = new ScenarioLoader().loadScenario(Fixtures.source("every-instrument"), "intake.rogatory");

        assertEquals(List.of("intake"), loaded.scenarios().stream().map(Scenario::getId).toList());
        assertEquals("every-instrument", loaded.pack().getId());
        Scenario sibling = ((InternalEList<Scenario>) loaded.pack().getScenarios()).basicGet(1);
        assertTrue(sibling.eIsProxy(), "the sibling scenario must not have been loaded");
    }

    @Test
    void packLoadsFromStreams() throws IOException, LoadException {
        PackWriter.write(EveryInstrumentPack.build(), folder);
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.toList()) {
                files.put(path.getFileName().toString(), Files.readAllBytes(path));
            }
        }
        PackSource streams = path -> {
            byte[] bytes = files.get(path);
            if (bytes == null) {
                throw new NoSuchFileException(path);
            }
            return new ByteArrayInputStream(bytes);
        };

        LoadedPack loaded = new ScenarioLoader().loadPack(streams);

        assertEqual(EveryInstrumentPack.build(), loaded.pack());
    }

    private static void assertEqual(Pack expected, Pack actual) {
        EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper();
        for (int i = 0; i < expected.getScenarios().size(); i++) {
            EObject scenario = expected.getScenarios().get(i);
            assertTrue(new EcoreUtil.EqualityHelper().equals(scenario, actual.getScenarios().get(i)),
                    "scenario " + i + " differs");
        }
        assertTrue(equality.equals(expected, actual), "pack differs");
    }

    private static List<Action> actions(Scenario scenario) {
        return scenario.getDecisionPoints().stream().flatMap(p -> p.getActions().stream()).toList();
    }
}
