package org.rogatory.model.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.io.PackSource;

/**
 * Serves the files of a pack folder on disk. It checks containment itself as well (after resolving symbolic links), so
 * a link inside the pack that points to {@code /etc} is refused even though its path looks harmless.
 */
public final class FolderPackSource implements PackSource {

    private final Path folder;

    /**
     * Creates the source.
     *
     * @param folder the pack folder
     */
    public FolderPackSource(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** Opens a file after checking that it really lies inside the pack folder. */
    @Override
    public InputStream open(String path) throws IOException {
        Path file = folder.resolve(PackPaths.requireInside(path)).normalize();
        if (!file.startsWith(folder)) {
            throw new RefusedReadException(path, Messages.Refused_outsidePack, Messages.Refused_outsidePackHint);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(file.toString());
        }
        Path real = file.toRealPath();
        if (!real.startsWith(folder.toRealPath())) {
            throw new RefusedReadException(path, NLS.bind(Messages.Refused_linkOutside, real),
                    Messages.Refused_outsidePackHint);
        }
        return Files.newInputStream(real);
    }

    /** Describes a file by its absolute path, which is what an author opens in an editor. */
    @Override
    public String describe(String path) {
        return folder.resolve(path).toString();
    }
}
