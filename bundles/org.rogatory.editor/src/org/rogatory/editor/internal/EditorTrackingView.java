package org.rogatory.editor.internal;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.rogatory.editor.internal.editor.ScenarioEditor;

/**
 * A view that shows something about the scenario editor the author is working in (its problems, its map, its pack's
 * files): it follows the active editor, and hears about every change to that editor's model.
 */
public abstract class EditorTrackingView extends ViewPart implements ScenarioEditor.Listener {

    private ScenarioEditor editor;

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (part instanceof ScenarioEditor scenarioEditor) {
                track(scenarioEditor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor) {
                IEditorPart next = getSite().getPage().getActiveEditor();
                track(next instanceof ScenarioEditor scenarioEditor && next != editor ? scenarioEditor : null);
            }
        }
    };

    /** Starts following the page's editors; subclasses call this at the end of {@code createPartControl}. */
    protected void startTracking() {
        getSite().getPage().addPartListener(partListener);
        IEditorPart active = getSite().getPage().getActiveEditor();
        track(active instanceof ScenarioEditor scenarioEditor ? scenarioEditor : null);
    }

    private void track(ScenarioEditor next) {
        if (next == editor) {
            return;
        }
        if (editor != null) {
            editor.removeListener(this);
        }
        editor = next;
        if (editor != null) {
            editor.addListener(this);
        }
        documentChanged(editor);
    }

    /** The editor followed now, or {@code null}. */
    protected ScenarioEditor editor() {
        return editor;
    }

    /**
     * Shows the state of {@code current}, which is {@code null} when no scenario editor is open; called when the
     * active editor changes and after each edit.
     */
    @Override
    public abstract void documentChanged(ScenarioEditor current);

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        if (editor != null) {
            editor.removeListener(this);
        }
        super.dispose();
    }
}
