package org.rogatory.editor.internal.editor;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.rogatory.editor.RogatoryEditor;

/**
 * Opens scenario files so that one pack is never edited in two editors: each editor holds and saves the whole pack,
 * so a second file of a pack that is already open is shown in that editor instead.
 */
public final class Editors {

    private Editors() {
    }

    /** Opens {@code file}, or selects its root in the editor that already holds its pack. */
    public static ScenarioEditor open(IWorkbenchPage page, Path file) throws PartInitException {
        Path absolute = file.toAbsolutePath().normalize();
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part instanceof ScenarioEditor editor && editor.getDocument() != null
                    && editor.getDocument().file().getParent().equals(absolute.getParent())) {
                page.activate(editor);
                EObject root = rootOf(editor.getDocument(), absolute.getFileName().toString());
                if (root != null) {
                    editor.select(root);
                }
                return editor;
            }
        }
        IEditorPart part = page.openEditor(new PathEditorInput(absolute), RogatoryEditor.EDITOR_ID);
        return part instanceof ScenarioEditor editor ? editor : null;
    }

    private static EObject rootOf(ScenarioDocument document, String fileName) {
        for (Resource resource : document.domain().getResourceSet().getResources()) {
            if (fileName.equals(resource.getURI().lastSegment()) && !resource.getContents().isEmpty()) {
                return resource.getContents().get(0);
            }
        }
        return null;
    }
}
