package org.rogatory.editor.internal.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A {@code .rogatory} file on disk as an editor input. The product has no workspace (no {@code core.resources}), so
 * scenario files are opened by path; two inputs on the same normalized path are equal, which keeps the workbench from
 * opening a second editor on a file that is already open.
 */
public final class PathEditorInput extends PlatformObject implements IPathEditorInput {

    private final Path file;

    /** Creates an input for {@code file}, made absolute and normalized. */
    public PathEditorInput(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The file this input stands for. */
    public Path file() {
        return file;
    }

    @Override
    public IPath getPath() {
        return IPath.fromPath(file);
    }

    @Override
    public boolean exists() {
        return file.toFile().isFile();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathEditorInput input && input.file.equals(file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file);
    }
}
