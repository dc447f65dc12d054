package org.rogatory.editor.internal.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.editor.RogatoryEditor;
import org.rogatory.editor.internal.editor.EditActions;
import org.rogatory.editor.internal.editor.ScenarioEditor;
import org.rogatory.editor.internal.editor.ScenarioEditorContributor;
import org.rogatory.editor.internal.problems.Problem;
import org.rogatory.editor.internal.wizards.NewPackWizard;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.model.scenario.Scenario;

/**
 * What every authoring test needs: the real Rogatory workbench in the Instructor perspective, a fresh folder, a pack
 * made with the New Pack wizard as an instructor would make it, and a way to let the workbench catch up.
 */
@ExtendWith(ScreenshotOnFailure.class)
abstract class AuthoringFixture {

    @TempDir
    protected Path folder;

    protected IWorkbenchPage page;

    @BeforeEach
    void instructorPerspective() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window is open");
        PlatformUI.getWorkbench().showPerspective(RogatoryEditor.INSTRUCTOR_PERSPECTIVE_ID, window);
        page = window.getActivePage();
    }

    @AfterEach
    void closeEditors() {
        page.closeAllEditors(false);
        flush();
    }

    protected static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the workbench and the views catch up
        }
    }

    /** Creates a pack with the New Pack wizard, as if the instructor had filled in its page and pressed Finish. */
    protected ScenarioEditor newPack(String id) {
        NewPackWizard wizard = new NewPackWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        wizard.fill(folder.toString(), id, "Training pack");
        assertTrue(wizard.canFinish(), "the wizard's page is complete");
        assertTrue(wizard.performFinish());
        dialog.close();
        flush();
        assertTrue(Files.isRegularFile(wizard.getWritten()));
        IEditorPart active = page.getActiveEditor();
        return assertInstanceOf(ScenarioEditor.class, active, "the new scenario opens in the scenario editor");
    }

    protected static Scenario scenario(ScenarioEditor editor) {
        return assertInstanceOf(Scenario.class, editor.getDocument().root());
    }

    protected static void execute(ScenarioEditor editor, Command command) {
        assertTrue(command.canExecute());
        editor.getDocument().domain().getCommandStack().execute(command);
        flush();
    }

    protected static List<Problem> errors(ScenarioEditor editor) {
        editor.validateNow();
        return editor.getProblems().stream().filter(p -> p.severity() == PackProblem.Severity.ERROR).toList();
    }

    protected static EditActions actions(ScenarioEditor editor) {
        return ((ScenarioEditorContributor) editor.getEditorSite().getActionBarContributor()).getActions();
    }
}
