package org.rogatory.benchmarks.bare;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.event.EventHandler;

/**
 * The bare workbench's side of the start-up benchmark. It answers to the same system properties as Rogatory's start-up
 * probe, reports at the same moment (start-up complete, then one more turn of the event loop, where Rogatory's probe
 * looks whether its packs are loaded) and writes the same lines, so the harness measures both workbenches alike.
 * There are no packs here: {@code packs=0} and {@code cases=0}.
 */
final class BareProbe {

    static final String READY_FILE = "rogatory.probe.readyFile"; //$NON-NLS-1$
    static final String EXIT_WHEN_READY = "rogatory.probe.exitWhenReady"; //$NON-NLS-1$

    /** The same delay as Rogatory's probe, so both shut down after the same settling time. */
    private static final int CLOSE_DELAY_MS = 1000;

    private BareProbe() {
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
            Display display = workbench.getDisplay();
            display.asyncExec(() -> display.asyncExec(() -> {
                write(Path.of(target), describe(workbench));
                if (Boolean.getBoolean(EXIT_WHEN_READY)) {
                    display.timerExec(CLOSE_DELAY_MS, workbench::close);
                }
            }));
        };
        broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, handler[0]);
    }

    private static String describe(IWorkbench workbench) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        return "title=" + (window == null ? "" : window.getShell().getText()) //$NON-NLS-1$ //$NON-NLS-2$
                + "\nperspective=" + (page == null || page.getPerspective() == null ? "" : page.getPerspective().getId()) //$NON-NLS-1$ //$NON-NLS-2$
                + "\nvisible=" + (window != null && window.getShell().isVisible()) //$NON-NLS-1$
                + "\npacks=0\ncases=0" //$NON-NLS-1$
                + "\ncpuMillis=" + processCpuMillis() //$NON-NLS-1$
                + "\nmillisSinceJvmStart=" //$NON-NLS-1$
                + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) + "\n"; //$NON-NLS-1$
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

    private static void write(Path file, String report) {
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
            Files.writeString(temp, report, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            ILog.of(BareProbe.class).error("Could not write the start-up report to " + file, e); //$NON-NLS-1$
        }
    }
}
