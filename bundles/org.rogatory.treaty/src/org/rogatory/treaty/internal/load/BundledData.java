package org.rogatory.treaty.internal.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;
import org.rogatory.treaty.KnowledgeBaseException;

/**
 * Finds and loads the {@code data/convention.xmi} that ships in this bundle. Inside OSGi it reads the bundle entry;
 * outside OSGi (benchmarks, plain JUnit) it reads the same path from the class path, where the bundle's jar puts it.
 */
public final class BundledData {

    /** The file's path inside the bundle. */
    public static final String PATH = "data/convention.xmi"; //$NON-NLS-1$

    private BundledData() {
    }

    /**
     * Loads the shipped knowledge base.
     *
     * @return the index
     * @throws KnowledgeBaseException if the file is missing, unreadable or broken
     */
    public static KnowledgeIndex load() {
        Located located = locate();
        try (InputStream in = located.url().openStream()) {
            return KnowledgeBaseLoader.load(in, URI.createURI(located.name()), located.name());
        } catch (IOException e) {
            String reason = NLS.bind(Messages.Load_unreadable, e.getMessage());
            throw new KnowledgeBaseException(NLS.bind(Messages.Load_noLine, located.name(), reason), located.name(),
                    0, e);
        }
    }

    private static Located locate() {
        if (osgiPresent()) {
            Located entry = OsgiBundleEntry.find(BundledData.class, PATH);
            if (entry != null) {
                return entry;
            }
        }
        ClassLoader loader = BundledData.class.getClassLoader();
        URL url = loader == null ? null : loader.getResource(PATH);
        if (url == null) {
            throw new KnowledgeBaseException(NLS.bind(Messages.Load_missing, PATH), PATH, 0, null);
        }
        return new Located(url, url.toExternalForm());
    }

    /** Whether the OSGi API can be loaded at all, so plain Java runs need no OSGi jar. */
    private static boolean osgiPresent() {
        try {
            Class.forName("org.osgi.framework.FrameworkUtil", false, BundledData.class.getClassLoader()); //$NON-NLS-1$
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Where the data was found and how to name it in messages.
     *
     * @param url where to read it
     * @param name the name people see, a platform URI inside OSGi
     */
    record Located(URL url, String name) {
    }
}
