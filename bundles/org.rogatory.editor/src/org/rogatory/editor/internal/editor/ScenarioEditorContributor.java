package org.rogatory.editor.internal.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Connects the workbench's Edit actions to whichever scenario editor is active: all scenario editors share one set
 * of action bars, so the handlers must follow the active editor rather than be set by each editor.
 */
public class ScenarioEditorContributor extends EditorActionBarContributor {

    private final EditActions actions = new EditActions();

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        actions.contributeTo(bars);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        actions.setEditor(part instanceof ScenarioEditor editor ? editor : null);
        getActionBars().updateActionBars();
    }

    /** The shared actions, for the editor's context menu and for tests. */
    public EditActions getActions() {
        return actions;
    }

    @Override
    public void dispose() {
        actions.setEditor(null);
        super.dispose();
    }
}
