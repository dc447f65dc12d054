package org.rogatory.editor.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.Test;
import org.rogatory.editor.internal.export.ExportPackWizard;
import org.rogatory.engine.Engine;
import org.rogatory.engine.packs.ImportedPack;
import org.rogatory.engine.packs.PackImporter;
import org.rogatory.engine.packs.PackProjects;
import org.rogatory.model.archive.ArchiveManifest;
import org.rogatory.model.archive.PackArchives;
import org.rogatory.model.io.ScenarioLoader;

/**
 * Packs out of the workbench: the export wizards (File &gt; Export, the pack explorer's menu) write an archive that
 * imports back to the identical pack, and a plug-in project identical to the command line's; a pack with errors is
 * refused with the list.
 */
class ExportPackTest extends AuthoringFixture {

    /** Runs an export wizard as the author would: fill in its page, press Finish, wait for the job. */
    private IStatus finish(ExportPackWizard wizard, Path pack, Path target, String bundle) throws Exception {
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        wizard.fill(pack, target, bundle);
        AtomicReference<IStatus> reported = new AtomicReference<>();
        wizard.setReporter(reported::set);
        assertTrue(wizard.canFinish(), "the wizard's page is complete");
        assertTrue(wizard.performFinish());
        dialog.close();
        wizard.getJob().join();
        flush();
        return reported.get();
    }

    @Test
    void bothWizardsAreListedUnderFileExport() {
        IWizardDescriptor archive = PlatformUI.getWorkbench().getExportWizardRegistry()
                .findWizard("org.rogatory.editor.wizards.exportArchive");
        IWizardDescriptor project = PlatformUI.getWorkbench().getExportWizardRegistry()
                .findWizard("org.rogatory.editor.wizards.exportProject");
        assertTrue(archive != null && project != null);
    }

    @Test
    void anArchiveExportedFromTheWorkbenchImportsBackToTheIdenticalPack() throws Exception {
        Path pack = EssentialsCopy.into(folder.resolve("essentials"));
        Files.createDirectories(pack.resolve("presets/ransomware-hospital"));
        Files.writeString(pack.resolve("presets/ransomware-hospital/Draft.json"), "{}", StandardCharsets.UTF_8);
        Path archive = folder.resolve("out/essentials.rogpack");

        IStatus status = finish(new ExportPackWizard.Archive(), pack, archive, null);

        assertTrue(status.isOK(), status.getMessage());
        ArchiveManifest manifest = PackArchives.read(archive).manifest();
        assertTrue(status.getMessage().contains(manifest.digest()), "the message gives the digest: "
                + status.getMessage());
        assertTrue(status.getMessage().contains(archive.toString()), status.getMessage());
        PackImporter importer = new PackImporter(Engine.standard());
        ImportedPack imported = importer.install(importer.check(archive), folder.resolve("imported"));
        Map<String, String> original = EssentialsCopy.files(pack);
        original.keySet().removeIf(path -> path.startsWith("presets/"));
        assertEquals(original, EssentialsCopy.files(imported.folder()), "the same files, byte for byte");
        ArchiveManifest again = PackArchives.write(imported.folder(), folder.resolve("again.rogpack"));
        assertEquals(manifest.digest(), again.digest(), "re-exporting the imported pack gives the same digest");
    }

    @Test
    void aProjectExportedFromTheWorkbenchIsTheCommandLinesProject() throws Exception {
        Path pack = EssentialsCopy.into(folder.resolve("essentials"));
        Path project = folder.resolve("project");

        IStatus status = finish(new ExportPackWizard.Project(), pack, project, "org.example.pack.essentials");

        assertTrue(status.isOK(), status.getMessage());
        assertTrue(status.getMessage().contains("mvn verify"), status.getMessage());
        Path reference = folder.resolve("cli-project");
        PackProjects.write(new ScenarioLoader().loadPack(pack), reference, "org.example.pack.essentials");
        Map<String, String> written = EssentialsCopy.files(project);
        assertFalse(written.isEmpty());
        assertEquals(EssentialsCopy.files(reference), written);
        assertTrue(written.containsKey("org.example.pack.essentials/pack/ransomware-hospital.rogatory"));
    }

    @Test
    void aPackWithErrorsIsNotExportedAndTheErrorsAreListed() throws Exception {
        Path pack = EssentialsCopy.into(folder.resolve("broken"));
        Path file = pack.resolve("ransomware-hospital.rogatory");
        Files.writeString(file, Files.readString(file).replace("timeBudget=\"57600\"", "timeBudget=\"0\""));
        Path archive = folder.resolve("broken.rogpack");

        IStatus status = finish(new ExportPackWizard.Archive(), pack, archive, null);

        assertEquals(IStatus.ERROR, status.getSeverity());
        assertTrue(status.getMessage().contains("ransomware-hospital.rogatory"), status.getMessage());
        assertTrue(status.getMessage().contains("error"), status.getMessage());
        assertFalse(Files.exists(archive), "nothing is written");
    }
}
