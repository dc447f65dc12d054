package org.rogatory.ui.internal.play;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.rogatory.engine.packs.PackContribution;

/**
 * The installed packs that validated without a single problem, so the Case Library need not validate them again at
 * every start. A pack is known by its plug-in's name, version and installation time, and by the version of Rogatory
 * that checked it: installing the plug-in or the engine again (a new Rogatory may judge differently) means validating
 * again. The file
 * is replaced atomically; a missing or damaged file only means the packs are validated once more.
 */
public final class ValidationCache {

    private final Path file;
    private final Properties known;

    /**
     * Opens the cache.
     *
     * @param file the properties file that holds it
     */
    public ValidationCache(Path file) {
        this.file = file;
        this.known = PropertiesFiles.read(file);
    }

    private static String key(PackContribution contribution) {
        Bundle bundle = Platform.getBundle(contribution.contributor());
        if (bundle == null) {
            return null;
        }
        Bundle engine = Platform.getBundle("org.rogatory.engine"); //$NON-NLS-1$
        return contribution.id() + '@' + describe(bundle) + '+' + (engine == null ? "" : describe(engine)); //$NON-NLS-1$
    }

    private static String describe(Bundle bundle) {
        return bundle.getSymbolicName() + '_' + bundle.getVersion() + '_' + bundle.getLastModified();
    }

    /** Whether this contribution, exactly as installed now, validated cleanly before. */
    public synchronized boolean isKnownClean(PackContribution contribution) {
        String key = key(contribution);
        return key != null && known.containsKey(key);
    }

    /** Remembers that this contribution validated without problems. A failure to save is ignored: it costs time only. */
    public synchronized void rememberClean(PackContribution contribution) {
        String key = key(contribution);
        if (key == null) {
            return;
        }
        known.setProperty(key, "clean"); //$NON-NLS-1$
        try {
            PropertiesFiles.write(file, known);
        } catch (IOException e) {
            Platform.getLog(ValidationCache.class).warn(e.getMessage(), e);
        }
    }
}
