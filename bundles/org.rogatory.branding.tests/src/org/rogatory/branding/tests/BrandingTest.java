package org.rogatory.branding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** What the About dialog and the window show must stay true to the build: name, version, licence and icons. */
class BrandingTest {

    private static final String PRODUCT_ID = "org.rogatory.branding.product";

    private final Bundle branding = FrameworkUtil.getBundle(BrandingTest.class);

    private static IConfigurationElement product() {
        IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.products",
                PRODUCT_ID);
        assertNotNull(extension, "no product " + PRODUCT_ID);
        return extension.getConfigurationElements()[0];
    }

    private static Map<String, String> properties() {
        return Arrays.stream(product().getChildren("property"))
                .collect(Collectors.toMap(p -> p.getAttribute("name"), p -> p.getAttribute("value")));
    }

    @Test
    void productIsRogatoryAndStartsTheTraineeWorkbench() {
        assertEquals("Rogatory", product().getAttribute("name"));
        assertEquals("org.rogatory.ui.application", product().getAttribute("application"));
        assertEquals("Rogatory", properties().get("appName"));
    }

    @Test
    void aboutTextShowsThisBuildsVersionAndTheLicence() {
        Version v = branding.getVersion();
        String about = properties().get("aboutText");
        String expected = "Version " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        assertTrue(about.contains(expected), "aboutText must say '" + expected + "' but says: " + about);
        assertTrue(about.contains("EPL-2.0"), about);
    }

    @Test
    void everyBrandingImageExists() {
        String images = properties().get("windowImages") + "," + properties().get("aboutImage");
        for (String path : images.split(",")) {
            assertNotNull(branding.getEntry(path), "missing image " + path);
        }
        assertNotNull(branding.getEntry("about.html"), "missing about.html");
    }
}
