package org.rogatory.ui.internal.play;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    private final Properties known = new Properties();

    /**
     * Opens the cache.
     *
     * @param file the properties file that holds it
     */
    public ValidationCache(Path file) {
        this.file = file;
        try (InputStream in = Files.newInputStream(file)) {
            known.load(in);
        } catch (IOException | IllegalArgumentException e) {
            known.clear();
        }
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
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
            try (OutputStream out = Files.newOutputStream(temporary)) {
                known.store(out, null);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Platform.getLog(ValidationCache.class).warn(e.getMessage(), e);
        }
    }
}
