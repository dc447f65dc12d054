package org.rogatory.ui.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.model.archive.PackArchives;
import org.rogatory.ui.internal.play.CaseCatalog.PackEntry;
import org.rogatory.ui.internal.play.CaseService;

/**
 * Importing a pack archive into the workbench: a good archive is checked, installed and listed in the Case Library
 * next to the built-in pack; a hostile one is refused with its reason and nothing is written.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ImportPackArchiveTest {

    @TempDir
    Path home;

    @BeforeEach
    void freshService() {
        CaseService.shutdownIfStarted();
        CaseService.set(new CaseService(home.resolve("state"), Display.getCurrent()));
    }

    @AfterEach
    void closeService() throws Exception {
        CaseService.get().shutdown();
        CaseService.set(new CaseService(home.resolve("after"), Display.getCurrent()));
        CaseService.get().loadPacks();
        settle();
    }

    private static void settle() throws InterruptedException {
        Essentials.settle(3);
    }

    private static boolean isEmpty(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (java.util.stream.Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }

    @Test
    void aGoodArchiveIsCheckedInstalledAndListed() throws Exception {
        Path archive = home.resolve("workshop-copy.rogpack");
        PackArchives.write(Essentials.adaptedCopy(home.resolve("workshop-copy"), "workshop-copy"), archive);

        Job job = CaseService.get().importArchive(archive);
        job.join();
        settle();

        assertTrue(job.getResult().isOK(), job.getResult().getMessage());
        assertEquals("workshop-copy", CaseService.get().lastImport().orElseThrow());
        PackEntry imported = CaseService.get().packs().stream().filter(p -> p.id().equals("workshop-copy"))
                .findFirst().orElseThrow();
        assertTrue(imported.playable(), String.join("\n", imported.problems()));
        assertEquals(6, imported.cases().size());
        assertTrue(imported.title().endsWith("(imported)"), imported.title());
        assertTrue(CaseService.get().packs().stream().anyMatch(p -> p.id().equals("essentials")));
    }

    @Test
    void aHostileArchiveIsRefusedAndNothingIsWritten() throws Exception {
        Path archive = home.resolve("hostile.rogpack");
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("rogpack.json"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("pack/../../escape.rogatory"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        Job job = CaseService.get().importArchive(archive);
        job.join();
        settle();

        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        assertTrue(job.getResult().getMessage().contains("hostile.rogpack"), job.getResult().getMessage());
        assertTrue(job.getResult().getMessage().contains("nothing was written"), job.getResult().getMessage());
        assertTrue(isEmpty(CaseService.get().importedFolder()), "nothing was installed");
        assertFalse(Files.exists(home.resolve("escape.rogatory")));
    }
}
