package org.rogatory.cli.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.rogatory.cli.internal.Cli;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptFiles;

/** The pack commands as a person runs them: real files in a folder, exit codes, what is printed. */
class PackCommandsTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /**
     * Copies a fixture pack out of the test fragment into the work folder. The test class belongs to the host bundle,
     * and only {@code findEntries} looks into fragments.
     */
    private Path fixture(String name) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(PackCommandsTest.class);
        Path folder = Files.createDirectories(work.resolve(name));
        for (String file : List.of("pack.rogatory", "case.rogatory")) {
            Enumeration<URL> found = bundle.findEntries("fixtures/" + name, file, false);
            try (InputStream in = found.nextElement().openStream()) {
                Files.copy(in, folder.resolve(file));
            }
        }
        return folder;
    }

    private Path transcript(String fileName, String scenarioId, RecordedAction... actions) throws IOException {
        Path folder = Files.createDirectories(work.resolve("transcripts"));
        Path file = folder.resolve(fileName);
        TranscriptFiles.write(new Transcript(scenarioId, "1.0.0", 7L, List.of(actions)), file);
        return file;
    }

    @Test
    void validateAcceptsASoundPackAndSummarises() throws IOException {
        assertEquals(Cli.OK, run("validate", fixture("minimal").toString()), err());
        assertTrue(out().contains("Pack 'minimal': 1 scenario, 0 errors"), out());
    }

    @Test
    void validateFailsOnAFlawedPackNamingFileElementAndProblem() throws IOException {
        assertEquals(Cli.FAILED, run("validate", fixture("flawed-pack").toString()));
        assertTrue(out().contains("case.rogatory: hack: ERROR: The feedback expects the verdict COMPLIANT"), out());
    }

    @Test
    void validateReportsAFileThatDoesNotLoadWithItsLine() throws IOException {
        Path pack = fixture("minimal");
        Files.writeString(pack.resolve("case.rogatory"), "<?xml version=\"1.0\"?>\n<scenario:Scenario");
        assertEquals(Cli.FAILED, run("validate", pack.toString()));
        assertTrue(err().contains("case.rogatory:"), err());
        assertTrue(err().contains("could not be loaded"), err());
    }

    @Test
    void playPrintsTheDebriefAndSaysTheCaseWasNotCompleted() throws IOException {
        Path transcript = transcript("t1.json", "case", new RecordedAction("preserve", Map.of(), 0),
                new RecordedAction("request", Map.of(), 600));
        int code = run("play", fixture("minimal").resolve("case.rogatory").toString(), "--transcript",
                transcript.toString());
        assertEquals(Cli.FAILED, code, "the minimal case has no ending, so replaying it does not complete it");
        assertTrue(out().startsWith("Debrief: A server in Carpania (case)"), out());
        assertTrue(out().contains("Ask Carpania to preserve the logs"), out());
    }

    @Test
    void playRefusesATranscriptThatDoesNotFit() throws IOException {
        Path transcript = transcript("bad.json", "case", new RecordedAction("request", Map.of(), 0));
        assertEquals(Cli.FAILED, run("play", fixture("minimal").toString(), "--transcript", transcript.toString()));
        assertTrue(err().contains("Recorded action 1 does not fit the scenario"), err());
    }

    @Test
    void gradeWritesCsvAndNamesTranscriptsItCannotGrade() throws IOException {
        transcript("a.json", "case", new RecordedAction("preserve", Map.of(), 0));
        transcript("b.json", "no-such-case", new RecordedAction("preserve", Map.of(), 0));
        Path results = work.resolve("results.csv");
        assertEquals(Cli.FAILED, run("grade", work.resolve("transcripts").toString(), "--pack",
                fixture("minimal").toString(), "--out", results.toString()));
        List<String> lines = Files.readAllLines(results);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("a.json,case,1.0.0,7,1,"), lines.get(1));
        assertTrue(err().contains("b.json: not graded"), err());
    }

    @Test
    void gradeWritesJson() throws IOException {
        transcript("a.json", "case", new RecordedAction("preserve", Map.of(), 0));
        Path results = work.resolve("results.json");
        assertEquals(Cli.OK, run("grade", work.resolve("transcripts").toString(), "--pack",
                fixture("minimal").toString(), "--out", results.toString()));
        String json = Files.readString(results);
        assertTrue(json.contains("\"scenarioId\": \"case\""), json);
    }

    @Test
    void wrongArgumentsAreAUsageError() {
        assertEquals(Cli.USAGE, run("grade", "x"));
        assertEquals(Cli.USAGE, run("play", "x"));
        assertEquals(Cli.USAGE, run("validate"));
    }
}
