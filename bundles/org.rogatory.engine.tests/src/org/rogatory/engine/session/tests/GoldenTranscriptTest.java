package org.rogatory.engine.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.rogatory.engine.Engine;
import org.rogatory.engine.debrief.Debrief;
import org.rogatory.engine.debrief.DebriefBuilder;
import org.rogatory.engine.debrief.DebriefText;
import org.rogatory.engine.grading.GradeResult;
import org.rogatory.engine.grading.Grader;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptFiles;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.Session;
import org.rogatory.engine.session.SessionRecording;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.io.ScenarioLoader;

/**
 * Golden transcripts: the reference path and two common mistakes of a ransomware case, replayed through the engine.
 * The debrief must equal the committed one byte for byte, and the verdicts, scores and lost evidence are asserted
 * on their own so a failure says what changed.
 */
class GoldenTranscriptTest {

    private static final Engine ENGINE = Engine.standard();

    @TempDir
    Path work;

    private static Bundle bundle() {
        return FrameworkUtil.getBundle(GoldenTranscriptTest.class);
    }

    private static byte[] fixture(String folder, String file) throws IOException {
        Enumeration<URL> found = bundle().findEntries("fixtures/golden/" + folder, file, false);
        try (InputStream in = found.nextElement().openStream()) {
            return in.readAllBytes();
        }
    }

    private static LoadedPack pack() throws Exception {
        return new ScenarioLoader().loadPack(PackSource.bundle(bundle(), "fixtures/golden/pack"));
    }

    private Transcript transcript(String name) throws IOException {
        Path file = work.resolve(name + ".json");
        Files.write(file, fixture("transcripts", name + ".json"));
        return TranscriptFiles.read(file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "reference, COMPLIANT COMPLIANT, SCENARIO_COMPLETED, 1.67, ''",
            "mistake-mla-first, COMPLIANT_WEAKER, TIME_BUDGET_SPENT, 0.5, HostCo connection logs",
            "mistake-incomplete-preservation, NON_COMPLIANT COMPLIANT, TIME_BUDGET_SPENT, 0.17, HostCo connection logs" })
    void replayGivesTheGoldenDebrief(String name, String verdicts, String end, double total, String lost)
            throws Exception {
        LoadedPack pack = pack();
        Transcript transcript = transcript(name);
        Session session = SessionRecording.replay(pack.scenario(transcript.scenarioId()).orElseThrow(),
                transcript.seed(), transcript.actions(), ENGINE.clockPolicy(), ENGINE.evaluator(),
                DecisionListener.NONE);
        session.runOut();
        Debrief debrief = DebriefBuilder.build(session.view());

        assertEquals(verdicts, String.join(" ", debrief.decisions().stream().map(d -> d.verdict().getLiteral()).toList()));
        assertEquals(end, debrief.endReason());
        assertEquals(total, debrief.total(), 0.001);
        assertEquals(lost.isEmpty() ? List.of() : List.of(lost), debrief.evidenceLost());
        assertEquals(new String(fixture("expected", name + ".debrief.txt"), StandardCharsets.UTF_8),
                DebriefText.render(debrief), "debrief differs from fixtures/golden/expected/" + name + ".debrief.txt");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "reference, 2, 2, 0, 0", "mistake-mla-first, 1, 0, 1, 0", "mistake-incomplete-preservation, 2, 1, 0, 1" })
    void gradingAgreesWithPlaying(String name, int decisions, int compliant, int weaker, int nonCompliant)
            throws Exception {
        GradeResult result = new Grader(ENGINE).grade(name, transcript(name), pack());
        assertEquals(List.of(decisions, compliant, weaker, nonCompliant),
                List.of(result.decisions(), result.compliant(), result.weaker(), result.nonCompliant()));
    }
}
