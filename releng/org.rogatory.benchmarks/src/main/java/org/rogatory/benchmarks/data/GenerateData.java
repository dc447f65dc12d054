package org.rogatory.benchmarks.data;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.rogatory.benchmarks.Arguments;
import org.rogatory.engine.Engine;
import org.rogatory.engine.grading.Grader;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptFiles;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackWriter;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.Scenario;

/**
 * Writes the benchmark data in its own JVM, before the measuring JVM starts: the synthetic pack (checked to load and
 * validate with no errors) and the transcripts (each checked to replay). Keeping generation out of the measuring JVM
 * keeps its garbage and its classes out of the heap figures.
 *
 * <p>Layout: {@code <out>/pack/} (a pack folder), {@code <out>/transcripts/*.json}, {@code <out>/data.properties}
 * (what was generated, for the report). Exit code 0 when the data is ready, 1 when it is not.
 */
public final class GenerateData {

    /** The pack folder inside the data folder. */
    public static final String PACK = "pack";
    /** The transcript folder inside the data folder. */
    public static final String TRANSCRIPTS = "transcripts";
    /** The description of the data, read by the benchmarks for their report. */
    public static final String DESCRIPTION = "data.properties";

    private final PrintStream log = System.out;

    private GenerateData() {
    }

    /** Generates the data the arguments ask for (see the pom) and exits with 0, or 1 when it could not. */
    public static void main(String[] args) {
        try {
            Arguments arguments = Arguments.parse(args);
            new GenerateData().generate(arguments.path("out"), arguments.number("scenarios", 1000),
                    arguments.number("decision-points", 50), arguments.number("transcripts", 10_000),
                    arguments.number("seed", 1));
        } catch (IOException | LoadException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("[benchmarks] could not generate the data: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Writes everything into {@code out}, replacing what was there. */
    public void generate(Path out, int scenarios, int decisionPoints, int transcripts, int seed)
            throws IOException, LoadException {
        long start = System.nanoTime();
        deleteTree(out);
        Path packFolder = out.resolve(PACK);
        PackWriter.write(SyntheticPack.build(scenarios, decisionPoints, seed), packFolder);
        LoadedPack pack = new ScenarioLoader().loadPack(packFolder);
        Engine engine = Engine.standard();
        List<PackProblem> problems = new PackValidator(engine).validate(pack);
        long errors = problems.stream().filter(p -> p.severity() == PackProblem.Severity.ERROR).count();
        if (errors > 0) {
            problems.stream().limit(10).forEach(p -> System.err.println("[benchmarks] " + p));
            throw new IllegalStateException("the synthetic pack has " + errors + " validation errors");
        }
        long actions = pack.scenarios().stream().flatMap(s -> s.getDecisionPoints().stream())
                .mapToLong(p -> p.getActions().size()).sum();
        long decisions = writeTranscripts(pack, engine, out.resolve(TRANSCRIPTS), transcripts, seed);

        Properties description = new Properties();
        description.setProperty("scenarios", Integer.toString(scenarios));
        description.setProperty("decisionPoints", Integer.toString(decisionPoints));
        description.setProperty("actions", Long.toString(actions));
        description.setProperty("warnings", Long.toString(problems.size() - errors));
        description.setProperty("packBytes", Long.toString(size(packFolder)));
        description.setProperty("transcripts", Integer.toString(transcripts));
        description.setProperty("decisions", Long.toString(decisions));
        description.setProperty("transcriptBytes", Long.toString(size(out.resolve(TRANSCRIPTS))));
        description.setProperty("seed", Integer.toString(seed));
        try (var writer = Files.newBufferedWriter(out.resolve(DESCRIPTION))) {
            description.store(writer, "Rogatory benchmark data");
        }
        log.printf("[benchmarks] generated %d scenarios x %d decision points (%d actions, %d validation warnings)"
                + " and %d transcripts (%.1f decisions on average) in %.1f s%n", scenarios, decisionPoints, actions,
                problems.size() - errors, transcripts, (double) decisions / Math.max(1, transcripts),
                (System.nanoTime() - start) / 1e9);
    }

    /** Plays and checks the transcripts, spread evenly over the scenarios; returns the number of decisions. */
    private long writeTranscripts(LoadedPack pack, Engine engine, Path folder, int count, int seed)
            throws IOException {
        Files.createDirectories(folder);
        SyntheticTranscripts player = new SyntheticTranscripts(engine);
        Grader grader = new Grader(engine);
        long decisions = 0;
        for (int i = 0; i < count; i++) {
            Scenario scenario = pack.scenarios().get(i % pack.scenarios().size());
            Transcript transcript = player.play(scenario, pack.pack().getVersion(), (long) seed * 100_000L + i);
            String name = transcriptName(i);
            grader.grade(name, transcript, pack); // throws when it does not replay
            // The bytes TranscriptFiles.write would write, without its two forced syncs per file (20,000 here).
            Files.write(folder.resolve(name), TranscriptFiles.toBytes(transcript));
            decisions += transcript.actions().size();
        }
        return decisions;
    }

    /** The file name of transcript {@code index} (0-based). */
    public static String transcriptName(int index) {
        return String.format("transcript-%05d.json", index + 1);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
