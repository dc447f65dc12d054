package org.rogatory.benchmarks;

import java.io.PrintStream;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.List;

import org.rogatory.engine.Engine;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.validation.ScenarioValidation;

/**
 * Target 1 of issue 4: load a pack folder with {@link ScenarioLoader} and check it with {@link PackValidator}, as the
 * command line and the workbench do before a run, in at most 2 s and 512 MB of heap. Each round starts from a collected
 * heap and a fresh loader and validator; only the engine (with its knowledge base, loaded once per process anyway) is
 * shared. After the rounds, one more load measures the heap and times the format constraints on their own, which
 * splits validation into its two halves.
 */
public final class LoadBenchmark {

    /** The time target for load plus validate, in milliseconds. */
    public static final double TARGET_MILLIS = 2000;
    /** The heap target, in mebibytes. */
    public static final double TARGET_HEAP_MB = 512;

    private final Path packFolder;
    private final Engine engine;
    private final PrintStream out;

    /** Creates the benchmark over the pack in {@code packFolder}. */
    public LoadBenchmark(Path packFolder, Engine engine, PrintStream out) {
        this.packFolder = packFolder;
        this.engine = engine;
        this.out = out;
    }

    /** Runs the rounds and prints the figures; returns whether both targets were met. */
    public boolean run(int warmup, int rounds) throws LoadException {
        Samples load = new Samples("ms");
        Samples validate = new Samples("ms");
        Samples total = new Samples("ms");
        Samples cpu = new Samples("ms");
        long collections = 0;
        long collectionMillis = 0;
        for (int round = 1; round <= warmup + rounds; round++) {
            Heap.usedAfterGc();
            long gcCount = Heap.collections();
            long gcMillis = Heap.collectionMillis();
            long cpuStart = Cpu.processNanos();
            long start = System.nanoTime();
            LoadedPack pack = new ScenarioLoader().loadPack(packFolder);
            long loaded = System.nanoTime();
            List<PackProblem> problems = new PackValidator(engine).validate(pack);
            long validated = System.nanoTime();
            long cpuUsed = Cpu.processNanos() - cpuStart;
            requireNoErrors(problems);
            boolean measured = round > warmup;
            out.printf("  %-9s load %,6.0f ms   validate %,6.0f ms   total %,6.0f ms   (CPU %,6.0f ms, load average"
                    + " %.2f)%n", measured ? "round " + (round - warmup) : "warm-up", millis(loaded - start),
                    millis(validated - loaded), millis(validated - start), millis(cpuUsed), Cpu.loadAverage());
            if (measured) {
                load.add(millis(loaded - start));
                validate.add(millis(validated - loaded));
                total.add(millis(validated - start));
                cpu.add(millis(cpuUsed));
                collections += Heap.collections() - gcCount;
                collectionMillis += Heap.collectionMillis() - gcMillis;
            }
        }
        out.println("  load:              " + load.summary());
        out.println("  validate:          " + validate.summary());
        out.println("  load + validate:   " + total.summary());
        out.println("  CPU time of load + validate, all threads (on a shared machine the wall time depends on the"
                + " neighbours; this much less): " + cpu.summary());
        out.printf("  garbage collection in the measured rounds: %d collections, %,d ms as the collectors count it"
                + " (concurrent work included)%n", collections, collectionMillis);
        double heldMb = heapAndBreakdown(rounds, validate);
        boolean fast = total.median() <= TARGET_MILLIS;
        out.printf("  TARGET load + validate <= %,.0f ms: %s (median %,.0f ms)%n", TARGET_MILLIS, verdict(fast),
                total.median());
        if (Heap.max() / Heap.MB > TARGET_HEAP_MB) {
            out.printf("  TARGET heap <= %,.0f MB: not checked, this JVM may use %,.0f MB (run with the default"
                    + " -Dbenchmarks.heap=512m)%n", TARGET_HEAP_MB, Heap.max() / Heap.MB);
            return false;
        }
        boolean small = heldMb <= TARGET_HEAP_MB;
        out.printf("  TARGET heap <= %,.0f MB: %s (every round ran within -Xmx%,.0fm; %,.0f MB in use after GC with the"
                + " pack loaded)%n", TARGET_HEAP_MB, verdict(small), Heap.max() / Heap.MB, heldMb);
        return fast && small;
    }

    /** Loads once more to measure the heap, and times the format constraints alone; returns the used heap in MB. */
    private double heapAndBreakdown(int rounds, Samples validate) throws LoadException {
        long before = Heap.usedAfterGc();
        LoadedPack pack = new ScenarioLoader().loadPack(packFolder);
        new PackValidator(engine).validate(pack);
        int scenarios = Math.max(1, pack.scenarios().size());
        long held = Heap.usedAfterGc();
        Samples constraints = new Samples("ms");
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            ScenarioValidation.validate(pack);
            constraints.add(millis(System.nanoTime() - start));
        }
        Reference.reachabilityFence(pack);
        out.println("  validate, split:   format constraints (ScenarioValidation) " + constraints.summary());
        out.printf("                     the rest: citations, expected verdicts and the collections they cause, about"
                + " %,.0f ms (medians subtracted)%n", validate.median() - constraints.median());
        out.printf("  heap: max %,.0f MB; in use after GC %,.0f MB before loading, %,.0f MB with the pack loaded and"
                + " validated (the pack keeps %,.0f MB, %,.0f KB per scenario)%n", Heap.max() / Heap.MB,
                before / Heap.MB, held / Heap.MB, (held - before) / Heap.MB, (held - before) / 1024.0 / scenarios);
        return held / Heap.MB;
    }

    private static void requireNoErrors(List<PackProblem> problems) {
        long errors = problems.stream().filter(p -> p.severity() == PackProblem.Severity.ERROR).count();
        if (errors > 0) {
            throw new IllegalStateException("the benchmark pack has " + errors + " validation errors, first: "
                    + problems.get(0));
        }
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }

    static String verdict(boolean met) {
        return met ? "PASS" : "FAIL";
    }
}
