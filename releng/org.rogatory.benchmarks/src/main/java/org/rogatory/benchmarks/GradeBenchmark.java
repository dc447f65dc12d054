package org.rogatory.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.rogatory.engine.Engine;
import org.rogatory.engine.grading.Graded;
import org.rogatory.engine.grading.Grader;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptFiles;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;

/**
 * Target 2 of issue 4: grade a batch of transcripts at 5,000 or more per second. Two figures per round, taken one
 * after the other so that both see the same machine: end to end (read each JSON file with {@link TranscriptFiles},
 * replay it and grade it with {@link Grader}), and replay only (the same transcripts, already in memory). The pack
 * is loaded once, before the rounds, as a grading batch would. Both passes use the grader's batch methods, which grade
 * on every core and return the results in order.
 */
public final class GradeBenchmark {

    /** The throughput target, in transcripts per second. */
    public static final double TARGET_PER_SECOND = 5000;

    private final Path packFolder;
    private final Path transcriptFolder;
    private final Engine engine;
    private final PrintStream out;

    /** Creates the benchmark over a pack and a folder of transcripts for it. */
    public GradeBenchmark(Path packFolder, Path transcriptFolder, Engine engine, PrintStream out) {
        this.packFolder = packFolder;
        this.transcriptFolder = transcriptFolder;
        this.engine = engine;
        this.out = out;
    }

    /** Runs the rounds and prints the figures; returns whether the end-to-end figure met the target. */
    public boolean run(int warmup, int rounds) throws IOException, LoadException {
        LoadedPack pack = new ScenarioLoader().loadPack(packFolder);
        Grader grader = new Grader(engine);
        List<Path> files = files();
        List<Transcript> transcripts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            transcripts.add(TranscriptFiles.read(file));
            names.add(file.getFileName().toString());
        }
        Samples endToEnd = new Samples("transcripts/s");
        Samples replay = new Samples("transcripts/s");
        Samples cpuEndToEnd = new Samples("ms");
        long expected = -1;
        for (int round = 1; round <= warmup + rounds; round++) {
            Heap.usedAfterGc();
            long cpuStart = Cpu.processNanos();
            long start = System.nanoTime();
            long decisions = 0;
            decisions += decisions(grader.gradeFiles(files, pack));
            long readAndGraded = System.nanoTime() - start;
            long cpuUsed = Cpu.processNanos() - cpuStart;
            Heap.usedAfterGc();
            start = System.nanoTime();
            long replayed = 0;
            replayed += decisions(grader.gradeAll(names, transcripts, pack));
            long graded = System.nanoTime() - start;
            expected = check(expected, decisions, replayed);
            boolean measured = round > warmup;
            double endToEndRate = files.size() / (readAndGraded / 1e9);
            double replayRate = files.size() / (graded / 1e9);
            out.printf("  %-9s end to end %,6.0f ms (%,7.0f/s, CPU %,6.0f ms)   replay only %,6.0f ms (%,7.0f/s)"
                    + "   load average %.2f%n", measured ? "round " + (round - warmup) : "warm-up",
                    LoadBenchmark.millis(readAndGraded), endToEndRate, LoadBenchmark.millis(cpuUsed),
                    LoadBenchmark.millis(graded), replayRate, Cpu.loadAverage());
            if (measured) {
                endToEnd.add(endToEndRate);
                replay.add(replayRate);
                cpuEndToEnd.add(LoadBenchmark.millis(cpuUsed));
            }
        }
        out.println("  end to end (read JSON, replay, grade): " + endToEnd.summary());
        out.println("  replay only (replay, grade):            " + replay.summary());
        out.println("  CPU time of an end-to-end pass, all threads: " + cpuEndToEnd.summary());
        out.printf("  %,d transcripts, %,d decisions graded per pass%n", files.size(), expected);
        boolean met = endToEnd.median() >= TARGET_PER_SECOND;
        out.printf("  TARGET >= %,.0f transcripts/s: %s (end to end, median %,.0f/s; replay only, median %,.0f/s)%n",
                TARGET_PER_SECOND, LoadBenchmark.verdict(met), endToEnd.median(), replay.median());
        return met;
    }

    /** The decisions of a graded batch; every transcript must have been graded. */
    private static long decisions(List<Graded> batch) throws IOException {
        long decisions = 0;
        for (Graded graded : batch) {
            if (graded.failure() != null) {
                throw graded.failure();
            }
            decisions += graded.result().decisions();
        }
        return decisions;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> listing = Files.list(transcriptFolder)) {
            List<Path> files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            if (files.isEmpty()) {
                throw new IOException("no transcripts in " + transcriptFolder);
            }
            return files;
        }
    }

    /** Both passes must have graded every decision of every transcript, and the same number each round. */
    private static long check(long expected, long decisions, long replayed) {
        if (decisions != replayed || (expected >= 0 && decisions != expected)) {
            throw new IllegalStateException("rounds graded different numbers of decisions: " + decisions + ", "
                    + replayed + ", " + expected);
        }
        return decisions;
    }
}
