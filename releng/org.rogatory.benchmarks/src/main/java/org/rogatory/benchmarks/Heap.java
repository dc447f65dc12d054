package org.rogatory.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Heap figures from the JVM's own management beans: the heap in use after a full collection (what a loaded pack
 * really keeps alive), the limit, and how much collecting the measured rounds cost. No agent or external tool is
 * needed, so the figures come from the same run.
 */
public final class Heap {

    /** Bytes in a mebibyte, the unit of the report. */
    public static final double MB = 1024.0 * 1024.0;

    private Heap() {
    }

    /** Collects garbage until the used heap stops shrinking, then returns the bytes still in use. */
    public static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    /** The most the JVM may use for the heap ({@code -Xmx}). */
    public static long max() {
        return Runtime.getRuntime().maxMemory();
    }

    /** Collections so far, over all collectors. */
    public static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    /** Milliseconds spent collecting so far, over all collectors (pauses and, for some collectors, concurrent work). */
    public static long collectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** The collectors' names, for the report. */
    public static String collectors() {
        return String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
    }
}
