package org.rogatory.cli.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** The launch script starts the command line by application id; a plugin.xml the registry cannot read breaks that. */
class CliApplicationRegistrationTest {

    @Test
    void commandLineIsRegisteredAsAnApplication() {
        IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.applications",
                "org.rogatory.cli.application");
        assertNotNull(extension, "org.rogatory.cli.application is not registered: is plugin.xml well formed?");
        IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
        assertEquals("org.rogatory.cli.internal.CliApplication", run.getAttribute("class"));
    }
}
