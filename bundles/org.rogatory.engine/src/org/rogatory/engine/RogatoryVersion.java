package org.rogatory.engine;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The version of the running Rogatory engine. Packs declare the minimum Rogatory version they need, and the command
 * line reports this version, so both read it from one place: the engine bundle's own manifest.
 */
public final class RogatoryVersion {

    private RogatoryVersion() {
    }

    /**
     * Returns the engine bundle's version, or {@link Version#emptyVersion} when the engine runs outside OSGi (plain
     * unit tests, benchmarks), where no manifest is available to read it from.
     */
    public static Version current() {
        Bundle bundle = FrameworkUtil.getBundle(RogatoryVersion.class);
        return bundle == null ? Version.emptyVersion : bundle.getVersion();
    }

    /** Returns the version a person reads: major.minor.micro, without the build qualifier. */
    public static String display() {
        Version version = current();
        return version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
