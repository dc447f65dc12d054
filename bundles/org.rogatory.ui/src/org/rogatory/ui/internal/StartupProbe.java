package org.rogatory.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Lets the product smoke test and the start-up benchmark see, from outside the process, that the workbench is really
 * up. When the system property {@value #READY_FILE} names a file, the workbench writes the window title and the
 * active perspective there once start-up is complete; with {@value #EXIT_WHEN_READY} set it then closes itself. With
 * neither property set (every normal start) it does nothing.
 */
final class StartupProbe {

    static final String READY_FILE = "rogatory.probe.readyFile"; //$NON-NLS-1$
    static final String EXIT_WHEN_READY = "rogatory.probe.exitWhenReady"; //$NON-NLS-1$

    private StartupProbe() {
    }

    static void reportIfRequested(IWorkbench workbench) {
        String target = System.getProperty(READY_FILE);
        if (target == null || target.isBlank()) {
            return;
        }
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        String report = "title=" + (window == null ? "" : window.getShell().getText()) //$NON-NLS-1$ //$NON-NLS-2$
                + "\nperspective=" + (page == null || page.getPerspective() == null ? "" : page.getPerspective().getId()) //$NON-NLS-1$ //$NON-NLS-2$
                + "\nvisible=" + (window != null && window.getShell().isVisible()) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Path file = Path.of(target);
            Path temp = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
            Files.writeString(temp, report, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            ILog.of(StartupProbe.class).error("Could not write the start-up report to " + target, e); //$NON-NLS-1$
        }
        if (Boolean.getBoolean(EXIT_WHEN_READY)) {
            workbench.getDisplay().asyncExec(workbench::close);
        }
    }
}
