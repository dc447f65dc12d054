package org.rogatory.treaty.internal.load;

import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Reads a file of this bundle through the OSGi bundle entry. Kept apart so that the OSGi classes are only touched when
 * OSGi is present.
 */
final class OsgiBundleEntry {

    private OsgiBundleEntry() {
    }

    static BundledData.Located find(Class<?> owner, String path) {
        Bundle bundle = FrameworkUtil.getBundle(owner);
        URL url = bundle == null ? null : bundle.getEntry(path);
        if (url == null) {
            return null;
        }
        return new BundledData.Located(url, "platform:/plugin/" + bundle.getSymbolicName() + '/' + path); //$NON-NLS-1$
    }
}
