package org.rogatory.editor.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.rogatory.editor.RogatoryEditor;
import org.rogatory.editor.internal.wizards.NewPackWizard;
import org.rogatory.editor.internal.wizards.NewScenarioWizard;

/**
 * File > New Pack... and File > New Scenario...: the product has no generic New wizard dialog, so each command opens
 * its wizard directly, in the Instructor perspective where the result is edited.
 */
public class NewWizardHandler extends AbstractHandler {

    /** The command parameter that names the wizard: {@code pack} or {@code scenario}. */
    public static final String KIND = "org.rogatory.editor.commands.new.kind"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            window.getWorkbench().showPerspective(RogatoryEditor.INSTRUCTOR_PERSPECTIVE_ID, window);
        } catch (WorkbenchException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        INewWizard wizard = "scenario".equals(event.getParameter(KIND)) ? new NewScenarioWizard() //$NON-NLS-1$
                : new NewPackWizard();
        wizard.init(window.getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(window.getShell(), wizard).open();
        return null;
    }
}
