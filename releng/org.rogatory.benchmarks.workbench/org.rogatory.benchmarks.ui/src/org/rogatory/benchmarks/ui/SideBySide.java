package org.rogatory.benchmarks.ui;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * The Trainee perspective stacks the Feedback view behind the Action Composer, so by default a trainee who clicks
 * Send does not see the Feedback view at all. To time the feedback as it is painted, the benchmark moves the Feedback
 * view into a stack of its own to the right of the composer, as a trainee would by dragging its tab.
 */
final class SideBySide {

    private SideBySide() {
    }

    /** Moves the view {@code viewId} out of its stack to a new stack on the right of that stack. */
    static void moveRightOfItsStack(IWorkbenchWindow window, String viewId) {
        EModelService models = window.getService(EModelService.class);
        MWindow model = window.getService(MWindow.class);
        List<MPlaceholder> found = models.findElements(model, viewId, MPlaceholder.class);
        if (found.isEmpty()) {
            throw new IllegalStateException("no placeholder for " + viewId); //$NON-NLS-1$
        }
        MPlaceholder placeholder = found.get(0);
        Object parent = placeholder.getParent();
        if (!(parent instanceof MPartStack oldStack) || oldStack.getChildren().size() < 2) {
            return;
        }
        MPartStack newStack = models.createModelElement(MPartStack.class);
        models.insert(newStack, oldStack, EModelService.RIGHT_OF, 0.5f);
        models.move(placeholder, newStack);
        newStack.setSelectedElement(placeholder);
        placeholder.setToBeRendered(true);
    }
}
