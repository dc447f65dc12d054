package org.rogatory.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.rogatory.benchmarks.data.GenerateData;
import org.rogatory.engine.Engine;
import org.rogatory.model.io.LoadException;

/**
 * Runs an engine benchmark of issue 4 on data that {@link GenerateData} wrote, and prints every figure with the
 * machine it was taken on, so that BENCHMARKS.md can quote a run rather than a claim. Plain English on standard
 * output is this tool's purpose; it is never part of the product.
 *
 * <p>Exit codes: 0 the benchmark ran (whether or not its targets were met: the report says which); 1 it could not
 * run (bad arguments, missing or invalid data, a transcript that does not replay).
 */
public final class Benchmarks {

    private final PrintStream out = System.out;

    private Benchmarks() {
    }

    /**
     * Runs one benchmark with the arguments the pom passes: {@code --benchmark load|grade}, {@code --data},
     * {@code --warmup}, {@code --rounds}. Each benchmark runs in its own JVM, because each has its own heap: the load
     * benchmark must prove its 512 MB bound, while grading a batch keeps the whole pack and the transcripts in memory.
     */
    public static void main(String[] args) {
        try {
            Arguments arguments = Arguments.parse(args);
            String benchmark = arguments.text("benchmark");
            if (!benchmark.equals("load") && !benchmark.equals("grade")) {
                throw new IllegalArgumentException("--benchmark must be load or grade, got: " + benchmark);
            }
            new Benchmarks().run(benchmark, arguments.path("data"), arguments.number("warmup", 2),
                    arguments.number("rounds", 5));
        } catch (IOException | LoadException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("[benchmarks] could not run: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run(String benchmark, Path data, int warmup, int rounds) throws IOException, LoadException {
        if (rounds < 1 || warmup < 0) {
            throw new IllegalArgumentException("need at least one measured round and no negative warm-up");
        }
        Properties description = description(data);
        machine();
        out.printf("Data: %s scenarios x %s decision points (%,d actions), %,.1f MB of pack files; %s transcripts,"
                + " %.1f decisions on average; seed %s%n", description.getProperty("scenarios"),
                description.getProperty("decisionPoints"), Long.parseLong(description.getProperty("actions")),
                Long.parseLong(description.getProperty("packBytes")) / Heap.MB, description.getProperty("transcripts"),
                Double.parseDouble(description.getProperty("decisions"))
                        / Double.parseDouble(description.getProperty("transcripts")),
                description.getProperty("seed"));
        long start = System.nanoTime();
        Engine engine = Engine.standard();
        out.printf("Engine.standard() (parses the Convention knowledge base once per process): %,.0f ms%n%n",
                LoadBenchmark.millis(System.nanoTime() - start));
        Path pack = data.resolve(GenerateData.PACK);
        if (benchmark.equals("load")) {
            out.printf("[1] Load and validate the pack (%d warm-up rounds and %d measured rounds, from XMI and from images)%n",
                    warmup, rounds);
            new LoadBenchmark(pack, engine, out).run(warmup, rounds);
        } else {
            out.printf("[2] Grade %s transcripts (%d warm-up rounds, %d measured rounds)%n",
                    description.getProperty("transcripts"), warmup, rounds);
            new GradeBenchmark(pack, data.resolve(GenerateData.TRANSCRIPTS), engine, out).run(warmup, rounds);
        }
        out.println();
    }

    private void machine() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        out.println("Rogatory engine benchmarks");
        out.printf("Machine: %d cores, %,.1f GiB memory, %s %s; Java %s (%s); heap max %,.0f MB; collectors %s%n",
                Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / Heap.MB / 1024,
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                System.getProperty("java.vm.vendor"), Heap.max() / Heap.MB, Heap.collectors());
        out.printf("Load average at start: %.2f%n", os.getSystemLoadAverage());
    }

    private static Properties description(Path data) throws IOException {
        Path file = data.resolve(GenerateData.DESCRIPTION);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no benchmark data in " + data + "; run with -Dbenchmarks to generate it first");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
