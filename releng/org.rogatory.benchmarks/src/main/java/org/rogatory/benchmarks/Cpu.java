package org.rogatory.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * CPU time of this process, from the JVM's operating-system bean. On a shared machine the wall-clock time of a round
 * depends on the neighbours; the CPU time it used does much less, so the report gives both.
 */
public final class Cpu {

    private Cpu() {
    }

    /** CPU time used by this process so far, over all its threads (application, JIT compiler and collector). */
    public static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The system load average over the last minute, for the report. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
