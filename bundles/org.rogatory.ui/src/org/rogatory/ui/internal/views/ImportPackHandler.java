package org.rogatory.ui.internal.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Runs File &gt; Import Pack Archive for menus of other bundles (the Instructor perspective's pack explorer), which
 * refer to it by command id; it is the same action, so importing behaves the same wherever it starts.
 */
public final class ImportPackHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window != null) {
            new ImportPackAction(window).run();
        }
        return null;
    }
}
