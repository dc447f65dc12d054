package org.rogatory.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.rogatory.engine.RogatoryVersion;

class RogatoryVersionTest {

    @Test
    void versionIsTheEngineBundleVersion() {
        Version bundleVersion = FrameworkUtil.getBundle(RogatoryVersion.class).getVersion();
        assertEquals(bundleVersion, RogatoryVersion.current());
    }

    @Test
    void displayVersionHasNoBuildQualifier() {
        Version v = RogatoryVersion.current();
        assertEquals(v.getMajor() + "." + v.getMinor() + "." + v.getMicro(), RogatoryVersion.display());
    }
}
