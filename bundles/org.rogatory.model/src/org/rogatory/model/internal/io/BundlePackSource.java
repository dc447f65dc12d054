package org.rogatory.model.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.NoSuchFileException;
import java.util.Enumeration;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.rogatory.model.io.PackSource;

/**
 * Serves the files of a pack that ships inside a plug-in. It looks in fragments too, because translations of a built-in
 * pack are naturally delivered as fragments.
 */
public final class BundlePackSource implements PackSource {

    private final Bundle bundle;
    private final String folder;

    /**
     * Creates the source.
     *
     * @param bundle the bundle that holds the pack
     * @param folder the pack's folder inside the bundle, empty for the root
     * @throws IllegalArgumentException if the folder is not a plain relative path
     */
    public BundlePackSource(Bundle bundle, String folder) {
        this.bundle = bundle;
        String trimmed = folder.replaceAll("^/+|/+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (!trimmed.isEmpty() && !PackPaths.isSafe(trimmed)) {
            throw new IllegalArgumentException(NLS.bind(Messages.BundlePackSource_badFolder, folder));
        }
        this.folder = trimmed.isEmpty() ? "" : trimmed + '/'; //$NON-NLS-1$
    }

    /** Opens the first entry with this path in the bundle or one of its fragments. */
    @Override
    public InputStream open(String path) throws IOException {
        String full = folder + PackPaths.requireInside(path);
        int slash = full.lastIndexOf('/');
        String directory = slash < 0 ? "/" : full.substring(0, slash); //$NON-NLS-1$
        String name = full.substring(slash + 1);
        Enumeration<URL> entries = bundle.findEntries(directory, name, false);
        if (entries == null || !entries.hasMoreElements()) {
            throw new NoSuchFileException(describe(path));
        }
        return entries.nextElement().openStream();
    }

    /** Describes a file by its platform URI, the notation Eclipse users know for plug-in contents. */
    @Override
    public String describe(String path) {
        return "platform:/plugin/" + bundle.getSymbolicName() + '/' + folder + path; //$NON-NLS-1$
    }

    /** A pack plug-in is installed code. */
    @Override
    public boolean isInstalled() {
        return true;
    }
}
