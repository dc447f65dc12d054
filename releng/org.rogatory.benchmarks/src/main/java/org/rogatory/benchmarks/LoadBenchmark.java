package org.rogatory.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.rogatory.engine.Engine;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.io.ImageCache;
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
 *
 * <p>The command line and the workbench keep {@linkplain ImageCache images} of the files they read, so a pack is read
 * from its XMI the first time (and whenever a file changes) and from its images afterwards. Both are measured, each
 * with its own warm-up, in a folder of images that starts empty and is deleted at the end: first the rounds from XMI,
 * then one load that writes the images, then the rounds that read them. The target is judged on the loads that read
 * images, which is every load of a pack but its first; the figures from XMI are printed beside them.
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
    public boolean run(int warmup, int rounds) throws LoadException, IOException {
        Path folder = Files.createTempDirectory("rogatory-benchmark-images");
        try {
            ScenarioLoader fromXmi = new ScenarioLoader();
            ScenarioLoader withImages = new ScenarioLoader().withImages(ImageCache.in(folder));
            out.println(" a) from XMI: a pack's first load, and any file changed since the last (no images)");
            Samples xmi = series(fromXmi, warmup, rounds).total();
            Heap.usedAfterGc();
            long start = System.nanoTime();
            requireNoErrors(new PackValidator(engine).validate(withImages.loadPack(packFolder)));
            out.printf(" b) one load from XMI that also writes the images: %,.0f ms; %,.1f MB of images in %,d files%n",
                    millis(System.nanoTime() - start), folderBytes(folder) / Heap.MB, fileCount(folder));
            out.println(" c) from the images: every later load of the pack, as the command line and the workbench do");
            Series read = series(withImages, warmup, rounds);
            Samples images = read.total();
            double heldMb = heapAndBreakdown(withImages, rounds, read.validate());
            out.printf("  from XMI: load + validate median %,.0f ms (%s the target); from images: median %,.0f ms"
                    + " (%.1f times faster)%n", xmi.median(), xmi.median() <= TARGET_MILLIS ? "within" : "above",
                    images.median(), xmi.median() / images.median());
            boolean fast = images.median() <= TARGET_MILLIS;
            out.printf("  TARGET load + validate <= %,.0f ms: %s (median %,.0f ms, reading images; %,.0f ms from XMI)%n",
                    TARGET_MILLIS, verdict(fast), images.median(), xmi.median());
            if (Heap.max() / Heap.MB > TARGET_HEAP_MB) {
                out.printf("  TARGET heap <= %,.0f MB: not checked, this JVM may use %,.0f MB (run with the default"
                        + " -Dbenchmarks.heap=512m)%n", TARGET_HEAP_MB, Heap.max() / Heap.MB);
                return false;
            }
            boolean small = heldMb <= TARGET_HEAP_MB;
            out.printf("  TARGET heap <= %,.0f MB: %s (every round ran within -Xmx%,.0fm; %,.0f MB in use after GC with"
                    + " the pack loaded)%n", TARGET_HEAP_MB, verdict(small), Heap.max() / Heap.MB, heldMb);
            return fast && small;
        } finally {
            deleteFolder(folder);
        }
    }

    /** The measured rounds of one series: load + validate, and validate alone. */
    private record Series(Samples total, Samples validate) {
    }

    /** Warm-up and measured rounds with one loader; prints each round and the summary. */
    private Series series(ScenarioLoader loader, int warmup, int rounds) throws LoadException {
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
            LoadedPack pack = loader.loadPack(packFolder);
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
        return new Series(total, validate);
    }

    /** Loads once more to measure the heap, and times the format constraints alone; returns the used heap in MB. */
    private double heapAndBreakdown(ScenarioLoader loader, int rounds, Samples validate) throws LoadException {
        long before = Heap.usedAfterGc();
        LoadedPack pack = loader.loadPack(packFolder);
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

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static long fileCount(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }

    static String verdict(boolean met) {
        return met ? "PASS" : "FAIL";
    }
}
