package org.rogatory.ui.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.model.archive.PackArchives;
import org.rogatory.model.io.ImageCache;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.ui.internal.play.CaseCatalog.PackEntry;
import org.rogatory.ui.internal.play.CaseService;

/**
 * While the workbench starts, the packs are listed at once but checked only once the window is up: the check (the
 * knowledge base and the validator) must not compete with the window for the processor, and must not be lost either.
 */
@ExtendWith(ScreenshotOnFailure.class)
class HeldChecksTest {

    @TempDir
    Path home;

    private static void dispatchUntil(BooleanSupplier done, long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> {
                    // wakes the loop
                });
                display.sleep();
            }
        }
    }

    @Test
    void heldChecksWaitForTheReleaseAndThenRun() throws Exception {
        CaseService service = new CaseService(home, Display.getCurrent());
        service.holdChecks();
        service.loadPacks();
        dispatchUntil(service::isLoaded, 30_000);
        assertTrue(service.isLoaded(), "the packs are listed while the check is held");
        dispatchUntil(() -> false, 500);
        assertFalse(service.isChecked(), "the check waits for the release");

        service.releaseChecks();
        Job.getJobManager().join(CaseService.JOB_FAMILY, null);
        dispatchUntil(service::isChecked, 30_000);
        assertTrue(service.isChecked(), "released, the packs are checked");
        service.shutdown();
    }

    @Test
    void theBuiltInPackIsReadFromItsImagesAndAnImportedPackLeavesImagesForTheNextStart() throws Exception {
        Path images = home.resolve("pack-images");
        CaseService first = new CaseService(home, Display.getCurrent());
        first.holdChecks();
        first.loadPacks();
        dispatchUntil(first::isLoaded, 30_000);
        assertTrue(ImageCache.holdsAllOf(pack(first, "essentials")), "the built-in pack is read from the images it carries");
        assertFalse(Files.exists(images), "nothing is written while the window starts");
        first.releaseChecks();
        Job.getJobManager().join(CaseService.JOB_FAMILY, null);
        dispatchUntil(first::isChecked, 30_000);
        assertFalse(Files.exists(images), "the built-in pack needs no images of the workspace's");

        // An imported pack is a folder, which carries no images that are read: the check leaves images of its files.
        Path archive = home.resolve("workshop-copy.rogpack");
        PackArchives.write(Essentials.adaptedCopy(home.resolve("workshop-copy"), "workshop-copy"), archive);
        Job imported = first.importArchive(archive);
        imported.join();
        Job.getJobManager().join(CaseService.JOB_FAMILY, null);
        dispatchUntil(() -> first.isChecked() && first.packs().stream().anyMatch(p -> "workshop-copy".equals(p.id())),
                30_000);
        assertTrue(imported.getResult().isOK(), imported.getResult().getMessage());
        first.shutdown();
        long written;
        try (Stream<Path> files = Files.list(images)) {
            written = files.filter(p -> p.toString().endsWith(".rogimage")).count();
        }
        assertTrue(written >= 7, "the imported pack's seven files have images once checked: " + written);

        CaseService next = new CaseService(home, Display.getCurrent());
        next.loadPacks();
        Job.getJobManager().join(CaseService.JOB_FAMILY, null);
        dispatchUntil(next::isChecked, 30_000);
        LoadedPack copy = pack(next, "workshop-copy");
        assertTrue(ImageCache.holdsAllOf(copy), "the next start reads every file of the imported pack from its image");
        assertEquals(6, copy.scenarios().size());
        next.shutdown();
    }

    private static LoadedPack pack(CaseService service, String id) {
        return service.packs().stream().map(PackEntry::pack).filter(p -> p != null)
                .filter(p -> id.equals(p.pack().getId())).findFirst().orElseThrow();
    }

    @Test
    void shuttingDownReleasesAHeldCheck() throws Exception {
        CaseService service = new CaseService(home, Display.getCurrent());
        service.holdChecks();
        Job loading = service.loadPacks();
        dispatchUntil(service::isLoaded, 30_000);
        service.shutdown();
        assertTrue(loading.join(10_000, null), "the loading job ends once the service shuts down");
    }
}
