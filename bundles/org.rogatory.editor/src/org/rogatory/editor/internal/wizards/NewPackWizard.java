package org.rogatory.editor.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.rogatory.editor.internal.editor.Editors;
import org.rogatory.model.io.PackLayout;
import org.rogatory.model.io.PackWriter;
import org.rogatory.model.scenario.Pack;

/**
 * Creates a new pack folder from the template (two States, a rubric, one playable scenario), writes it the way the
 * loader reads it and opens its scenario in the editor.
 */
public class NewPackWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private LocationPage page;
    private Path written;

    /** Creates the wizard; the workbench calls {@link #init}. */
    public NewPackWizard() {
        setWindowTitle(Messages.NewPack_windowTitle);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        this.workbench = newWorkbench;
    }

    @Override
    public void addPages() {
        page = new LocationPage("pack", Messages.NewPack_title, Messages.NewPack_description, //$NON-NLS-1$
                Messages.NewPack_parentFolder, System.getProperty("user.home"), "my-pack"); //$NON-NLS-1$ //$NON-NLS-2$
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path folder = page.folder().resolve(page.id());
        if (!isEmptyOrMissing(folder)) {
            page.setErrorMessage(NLS.bind(Messages.NewPack_folderNotEmpty, folder));
            return false;
        }
        String scenarioId = page.id() + "-case"; //$NON-NLS-1$
        Pack pack = PackTemplates.pack(page.id(), page.title(), scenarioId, Messages.Template_scenarioTitle);
        try {
            PackWriter.write(pack, folder);
        } catch (IOException e) {
            page.setErrorMessage(NLS.bind(Messages.Wizard_writeFailed, folder, e.getMessage()));
            return false;
        }
        written = folder.resolve(PackLayout.scenarioFile(scenarioId));
        openInEditor(written);
        return true;
    }

    private void openInEditor(Path file) {
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            try {
                Editors.open(workbench.getActiveWorkbenchWindow().getActivePage(), file);
            } catch (PartInitException e) {
                page.setErrorMessage(e.getMessage());
            }
        }
    }

    static boolean isEmptyOrMissing(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The scenario file written by the last finish, for tests. */
    public Path getWritten() {
        return written;
    }

    /** The page, for tests that fill it in without typing. */
    public void fill(String parentFolder, String id, String title) {
        page.fill(parentFolder, id, title);
    }
}
