package org.rogatory.pack.essentials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rogatory.engine.packs.InstalledPacks;
import org.rogatory.model.io.ImageCache;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.io.ScenarioLoader;

/**
 * The built-in pack carries images of its files, so that the product's first start reads no XMI. These tests fail when
 * the images are out of date (a pack file or the scenario format changed): regenerate them with
 * {@value #REGENERATE}, then build again and commit {@code scenarios/org.rogatory.pack.essentials/pack/images/}.
 */
class CarriedImagesTest {

    private static final String REGENERATE = "ROGATORY_WRITE_CARRIED_IMAGES=1 ./mvnw -B -ntp verify "
            + "-pl scenarios/org.rogatory.pack.essentials.tests -am -Dtest=CarriedImagesTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false";

    private static Path source;
    private static boolean written;

    @BeforeAll
    static void sourceFolder() throws Exception {
        String root = System.getProperty("rogatory.source.root");
        assertNotNull(root, "the build passes -Drogatory.source.root (see the root pom's tycho-surefire argLine)");
        source = Path.of(root, "scenarios", "org.rogatory.pack.essentials", "pack");
        assertTrue(Files.isRegularFile(source.resolve("pack.rogatory")), source.toString());
        if ("1".equals(System.getenv("ROGATORY_WRITE_CARRIED_IMAGES"))) {
            int count = ImageCache.writeCarried(source);
            System.out.println("Wrote " + count + " images into " //$NON-NLS-1$ //$NON-NLS-2$
                    + source.resolve(ImageCache.CARRIED_FOLDER)
                    + "; build again to check them (the plug-in under test was packaged before they were" //$NON-NLS-1$
                    + " written)."); //$NON-NLS-1$
            written = true;
        }
    }

    @Test
    void theInstalledPackIsReadFromItsImagesAndEqualsItsXmi() throws Exception {
        if (written) {
            return; // the plug-in under test was packaged with the old images: the next build checks the new ones
        }
        LoadedPack fromImages = InstalledPacks.fromPlatform().find("essentials").orElseThrow()
                .load(new ScenarioLoader());
        assertTrue(ImageCache.holdsAllOf(fromImages),
                "the pack's images are out of date; regenerate them: " + REGENERATE);

        LoadedPack fromXmi = new ScenarioLoader().loadPack(PackSource.folder(source));
        assertFalse(ImageCache.holdsAllOf(fromXmi), "a pack read from a folder never reads carried images");
        assertTrue(EcoreUtil.equals(fromXmi.pack(), fromImages.pack()), "the pack differs from its XMI");
        assertEquals(fromXmi.scenarios().size(), fromImages.scenarios().size());
        for (int i = 0; i < fromXmi.scenarios().size(); i++) {
            assertTrue(EcoreUtil.equals(fromXmi.scenarios().get(i), fromImages.scenarios().get(i)),
                    fromXmi.scenarios().get(i).getId() + " differs from its XMI");
        }
    }

    @Test
    void thePackCarriesOneImagePerFileAndNoOther() throws IOException {
        long files;
        try (Stream<Path> xmi = Files.list(source)) {
            files = xmi.filter(file -> file.toString().endsWith(".rogatory")).count();
        }
        long images;
        try (Stream<Path> carried = Files.list(source.resolve(ImageCache.CARRIED_FOLDER))) {
            images = carried.filter(file -> file.toString().endsWith(".rogimage")).count();
        }
        assertEquals(files, images, "stale or missing images; regenerate them: " + REGENERATE);
    }
}
