package org.rogatory.engine.packs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rogatory.engine.packs.InstalledPacks;
import org.rogatory.engine.packs.PackContribution;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.ScenarioLoader;

/**
 * Reads pack contributions from a private extension registry, so each test controls exactly what is contributed.
 * The contributions name the engine bundle, whose test fragment holds the golden pack.
 */
class InstalledPacksTest {

    private static final Object MASTER = new Object();
    private static final String HOST = "org.rogatory.engine"; //$NON-NLS-1$
    private static final String POINT = "<extension-point id=\"packs\" name=\"Scenario Packs\"/>";

    private IExtensionRegistry registry;

    @AfterEach
    void stop() {
        if (registry != null) {
            registry.stop(MASTER);
        }
    }

    private InstalledPacks read(String contributions) {
        registry = RegistryFactory.createRegistry(null, MASTER, null);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><plugin>" + POINT
                + "<extension point=\"org.rogatory.engine.packs\">" + contributions + "</extension></plugin>";
        RegistryContributor contributor = new RegistryContributor("1", HOST, null, null);
        assertTrue(registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                contributor, false, "test", null, MASTER), "the test contribution must parse");
        return InstalledPacks.read(registry);
    }

    @Test
    void aContributedPackLoadsFromTheContributingBundle() throws Exception {
        InstalledPacks packs = read("<pack id=\"golden\" folder=\"fixtures/golden/pack\"/>");

        assertEquals(List.of(), packs.problems());
        PackContribution golden = packs.find("golden").orElseThrow();
        assertEquals(HOST, golden.contributor());
        assertEquals("golden", golden.load(new ScenarioLoader()).pack().getId());
    }

    @Test
    void builtInPacksComeFirstThenById() {
        InstalledPacks packs = read("<pack id=\"zeta\" folder=\"z\"/><pack id=\"beta\" folder=\"b\"/>"
                + "<pack id=\"omega\" folder=\"o\" builtIn=\"true\"/>");

        assertEquals(List.of("omega", "beta", "zeta"), packs.packs().stream().map(PackContribution::id).toList());
    }

    @Test
    void aPackWhoseIdDiffersFromItsManifestIsRefusedWithTheFix() {
        InstalledPacks packs = read("<pack id=\"essentials\" folder=\"fixtures/golden/pack\"/>");

        LoadException e = assertThrows(LoadException.class,
                () -> packs.find("essentials").orElseThrow().load(new ScenarioLoader()));
        String problem = e.getProblems().get(0).toString();
        assertTrue(problem.contains("pack.rogatory") && problem.contains("\"golden\"")
                && problem.contains("Make the id"), problem);
    }

    @Test
    void unusableContributionsBecomeProblemsAndTheOthersStay() {
        InstalledPacks packs = read("<pack id=\"good\" folder=\"fixtures/golden/pack\"/>"
                + "<pack folder=\"somewhere\"/>"
                + "<pack id=\"escape\" folder=\"../outside\"/>"
                + "<pack id=\"twice\" folder=\"a\"/><pack id=\"twice\" folder=\"b\"/>"
                + "<bundle id=\"odd\"/>");

        assertEquals(List.of("good"), packs.packs().stream().map(PackContribution::id).toList());
        List<String> problems = packs.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("without an id or a folder")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"../outside\"") && p.contains("plain relative path")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"twice\"") && p.contains("more than once")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"bundle\"")), problems.toString());
    }

    @Test
    void theExtensionPointIsDeclaredWithItsSchema() {
        var point = org.eclipse.core.runtime.Platform.getExtensionRegistry()
                .getExtensionPoint(InstalledPacks.EXTENSION_POINT);
        assertTrue(point != null, "org.rogatory.engine.packs must be declared in the engine's plugin.xml");
        assertEquals("schema/packs.exsd", point.getSchemaReference());
    }
}
