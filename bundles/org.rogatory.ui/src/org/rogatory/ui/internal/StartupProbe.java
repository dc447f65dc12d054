package org.rogatory.ui.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.event.EventHandler;
import org.rogatory.ui.internal.play.CaseService;

/**
 * Lets the product smoke test and the start-up benchmark see, from outside the process, that the workbench is really
 * up. When the system property {@value #READY_FILE} names a file, the workbench writes the window title and the
 * active perspective there as soon as the platform reports start-up complete; with {@value #EXIT_WHEN_READY} set it
 * then closes itself. With neither property set (every normal start) it does nothing.
 */
final class StartupProbe {

    static final String READY_FILE = "rogatory.probe.readyFile"; //$NON-NLS-1$
    static final String EXIT_WHEN_READY = "rogatory.probe.exitWhenReady"; //$NON-NLS-1$

    /** Lets the platform's other start-up listeners finish before the workbench closes. */
    private static final int CLOSE_DELAY_MS = 1000;
    /** How often to look whether the packs are loaded. */
    private static final int POLL_MS = 10;

    /** When the platform reported start-up complete, in milliseconds since the JVM started. */
    private static long startupCompleteAt = -1;

    private StartupProbe() {
    }

    /** Arranges the report for when start-up completes, if a ready file was asked for. */
    static void reportIfRequested(IWorkbench workbench) {
        String target = System.getProperty(READY_FILE);
        if (target == null || target.isBlank()) {
            return;
        }
        IEventBroker broker = workbench.getService(IEventBroker.class);
        EventHandler[] handler = new EventHandler[1];
        handler[0] = event -> {
            broker.unsubscribe(handler[0]);
            startupCompleteAt = sinceJvmStart();
            Display display = workbench.getDisplay();
            display.asyncExec(() -> whenPacksLoaded(display, () -> {
                write(Path.of(target), describe(workbench));
                if (Boolean.getBoolean(EXIT_WHEN_READY)) {
                    display.timerExec(CLOSE_DELAY_MS, workbench::close);
                }
            }));
        };
        broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, handler[0]);
    }

    /** Runs {@code then} once the Case Library has its packs: only then can a trainee pick a case. */
    private static void whenPacksLoaded(Display display, Runnable then) {
        if (CaseService.get().isLoaded() || display.isDisposed()) {
            display.asyncExec(then);
        } else {
            display.timerExec(POLL_MS, () -> whenPacksLoaded(display, then));
        }
    }

    private static String describe(IWorkbench workbench) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        return "title=" + (window == null ? "" : window.getShell().getText()) //$NON-NLS-1$ //$NON-NLS-2$
                + "\nperspective=" + (page == null || page.getPerspective() == null ? "" : page.getPerspective().getId()) //$NON-NLS-1$ //$NON-NLS-2$
                + "\nvisible=" + (window != null && window.getShell().isVisible()) //$NON-NLS-1$
                + "\npacks=" + CaseService.get().packs().size() //$NON-NLS-1$
                + "\ncases=" + CaseService.get().packs().stream().mapToInt(p -> p.cases().size()).sum() //$NON-NLS-1$
                + "\nchecked=" + CaseService.get().isChecked() //$NON-NLS-1$
                + "\nmillisAtStartupComplete=" + startupCompleteAt //$NON-NLS-1$
                + "\ncpuMillis=" + processCpuMillis() //$NON-NLS-1$
                + "\nmillisSinceJvmStart=" + sinceJvmStart() + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The processor time the whole process has used, JIT compilers and other native threads included, in
     * milliseconds; -1 where the JVM cannot tell. Read through the boot class loader, as the platform MXBean's
     * {@code com.sun.management} interface is not visible to bundles.
     */
    private static long processCpuMillis() {
        try {
            Class<?> type = Class.forName("com.sun.management.OperatingSystemMXBean", false, null); //$NON-NLS-1$
            Object bean = ManagementFactory.getOperatingSystemMXBean();
            if (!type.isInstance(bean)) {
                return -1;
            }
            long nanos = (long) type.getMethod("getProcessCpuTime").invoke(bean); //$NON-NLS-1$
            return nanos < 0 ? -1 : nanos / 1_000_000;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void write(Path file, String report) {
        try {
            AtomicFile.write(file, report);
        } catch (IOException e) {
            ILog.of(StartupProbe.class).error("Could not write the start-up report to " + file, e); //$NON-NLS-1$
        }
    }
}
