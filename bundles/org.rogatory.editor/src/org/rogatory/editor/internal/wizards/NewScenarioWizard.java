package org.rogatory.editor.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.rogatory.editor.internal.editor.Editors;
import org.rogatory.editor.internal.editor.ScenarioEditor;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackLayout;
import org.rogatory.model.io.PackWriter;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.Pack;

/**
 * Adds a scenario from the template to an existing pack: the pack is loaded with the safe loader, the scenario joins
 * its catalogue and uses its cast and first rubric, and the pack is written back. A pack open in an editor with unsaved
 * changes is refused, so the wizard never overwrites the author's work.
 */
public class NewScenarioWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private LocationPage page;
    private Path written;
    private String initialFolder = System.getProperty("user.home"); //$NON-NLS-1$

    /** Creates the wizard; the workbench calls {@link #init}. */
    public NewScenarioWizard() {
        setWindowTitle(Messages.NewScenario_windowTitle);
    }

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        this.workbench = newWorkbench;
        IEditorPart active = activeEditor();
        if (active instanceof ScenarioEditor editor && editor.getDocument() != null) {
            initialFolder = editor.getDocument().file().getParent().toString();
        }
    }

    @Override
    public void addPages() {
        page = new LocationPage("scenario", Messages.NewScenario_title, Messages.NewScenario_description, //$NON-NLS-1$
                Messages.NewScenario_packFolder, initialFolder, "new-case"); //$NON-NLS-1$
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path folder = page.folder();
        if (isDirtyInEditor(folder)) {
            page.setErrorMessage(Messages.NewScenario_saveFirst);
            return false;
        }
        if (Files.exists(folder.resolve(PackLayout.scenarioFile(page.id())))) {
            page.setErrorMessage(NLS.bind(Messages.NewScenario_exists, page.id()));
            return false;
        }
        try {
            LoadedPack loaded = new ScenarioLoader().loadPack(folder);
            Pack pack = loaded.pack();
            if (pack.getCast().isEmpty()) {
                page.setErrorMessage(Messages.NewScenario_noCast);
                return false;
            }
            pack.getScenarios().add(PackTemplates.scenario(pack, page.id(), page.title()));
            PackWriter.write(pack, folder);
        } catch (LoadException e) {
            page.setErrorMessage(NLS.bind(Messages.NewScenario_notAPack, folder, e.getProblems().get(0)));
            return false;
        } catch (IOException e) {
            page.setErrorMessage(NLS.bind(Messages.Wizard_writeFailed, folder, e.getMessage()));
            return false;
        }
        written = folder.resolve(PackLayout.scenarioFile(page.id()));
        closeEditorOn(folder);
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            try {
                Editors.open(workbench.getActiveWorkbenchWindow().getActivePage(), written);
            } catch (PartInitException e) {
                page.setErrorMessage(e.getMessage());
            }
        }
        return true;
    }

    private IEditorPart activeEditor() {
        return workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
    }

    private ScenarioEditor editorOn(Path folder) {
        if (workbench == null || workbench.getActiveWorkbenchWindow() == null) {
            return null;
        }
        for (var reference : workbench.getActiveWorkbenchWindow().getActivePage().getEditorReferences()) {
            if (reference.getEditor(false) instanceof ScenarioEditor editor && editor.getDocument() != null
                    && editor.getDocument().file().getParent().equals(folder.toAbsolutePath().normalize())) {
                return editor;
            }
        }
        return null;
    }

    private boolean isDirtyInEditor(Path folder) {
        ScenarioEditor editor = editorOn(folder);
        return editor != null && editor.isDirty();
    }

    /** The open editor holds the pack without the new scenario: close it so the pack is read again. */
    private void closeEditorOn(Path folder) {
        ScenarioEditor editor = editorOn(folder);
        if (editor != null) {
            editor.getSite().getPage().closeEditor(editor, false);
        }
    }

    /** The scenario file written by the last finish, for tests. */
    public Path getWritten() {
        return written;
    }

    /** The page, for tests that fill it in without typing. */
    public void fill(String packFolder, String id, String title) {
        page.fill(packFolder, id, title);
    }
}
