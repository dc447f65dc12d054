package org.rogatory.editor.internal.export;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Scenario &gt; Export Pack as Archive and Export Pack as Plug-in Project, also in the pack explorer's menu: they open
 * the same wizards as File &gt; Export, filled in for the pack being edited.
 */
public final class ExportHandlers {

    private ExportHandlers() {
    }

    private static void open(ExecutionEvent event, ExportPackWizard wizard) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return;
        }
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(window.getShell(), wizard).open();
    }

    /** Opens Export Pack as Archive. */
    public static final class Archive extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            open(event, new ExportPackWizard.Archive());
            return null;
        }
    }

    /** Opens Export Pack as Plug-in Project. */
    public static final class Project extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            open(event, new ExportPackWizard.Project());
            return null;
        }
    }
}
