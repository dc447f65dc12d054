package org.rogatory.engine.grading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.Engine;
import org.rogatory.engine.debrief.Debrief;
import org.rogatory.engine.debrief.DebriefBuilder;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptFiles;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.Session;
import org.rogatory.engine.session.SessionRecording;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.Verdict;

/**
 * Grades transcripts by replaying them through the engine and letting the rest of the case play out: the grade is
 * whatever the session comes to, so grading and playing can never disagree. A grader holds no state between transcripts
 * and may be shared by threads; a batch is graded on every core, and its results come back in the order given.
 */
public final class Grader {

    private final Engine engine;

    /** Creates a grader that judges with {@code engine}'s rules. */
    public Grader(Engine engine) {
        this.engine = engine;
    }

    /**
     * Grades {@code transcript} (named {@code name} in the result) against the scenario it names in {@code pack}.
     * Throws an {@link IOException} that says why when the transcript is for another scenario or pack version, or does
     * not fit its scenario.
     */
    public GradeResult grade(String name, Transcript transcript, LoadedPack pack) throws IOException {
        return grade(name, transcript, pack, new HashMap<>());
    }

    /** Grades as {@link #grade(String, Transcript, LoadedPack)} does, with the evaluator memory of a batch. */
    private GradeResult grade(String name, Transcript transcript, LoadedPack pack, Map<Object, Object> memory)
            throws IOException {
        Scenario scenario = pack.scenario(transcript.scenarioId()).orElseThrow(() -> new IOException(
                NLS.bind(Messages.Grader_unknownScenario, new Object[] { name, transcript.scenarioId(), pack.pack().getId() })));
        String version = pack.pack().getVersion();
        if (version != null && !version.equals(transcript.scenarioVersion())) {
            throw new IOException(NLS.bind(Messages.Grader_versionMismatch,
                    new Object[] { name, transcript.scenarioVersion(), version }));
        }
        Session session = SessionRecording.replay(scenario, transcript.seed(), transcript.actions(),
                engine.clockPolicy(), engine.evaluator(), DecisionListener.NONE, memory);
        session.runOut();
        Debrief debrief = DebriefBuilder.build(session.view());
        int[] counts = new int[Verdict.values().length];
        debrief.decisions().forEach(d -> counts[d.verdict().getValue()]++);
        Map<String, Integer> scores = new LinkedHashMap<>();
        debrief.scores().forEach(s -> scores.put(s.criterionId(), s.points()));
        return new GradeResult(name, transcript.scenarioId(), transcript.scenarioVersion(), transcript.seed(),
                debrief.decisions().size(), counts[Verdict.COMPLIANT_VALUE], counts[Verdict.COMPLIANT_WEAKER_VALUE],
                counts[Verdict.NON_COMPLIANT_VALUE], scores, debrief.total(), debrief.endReason(), debrief.evidenceLost());
    }

    /**
     * Reads and grades a batch of transcript files in parallel, one file per task. Each result is named by its file
     * name and is exactly what {@link #grade} gives for that file alone, in the order of {@code files}.
     */
    public List<Graded> gradeFiles(List<Path> files, LoadedPack pack) {
        Map<Object, Object> memory = batchMemory();
        return inParallel(files.size(), i -> {
            String name = files.get(i).getFileName().toString();
            try {
                return new Graded(name, grade(name, TranscriptFiles.read(files.get(i)), pack, memory), null);
            } catch (IOException e) {
                return new Graded(name, null, e);
            }
        });
    }

    /**
     * Grades a batch of transcripts already in memory in parallel; {@code names} and {@code transcripts} go together
     * by index, and the results come back in that order.
     */
    public List<Graded> gradeAll(List<String> names, List<Transcript> transcripts, LoadedPack pack) {
        if (names.size() != transcripts.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + transcripts.size() //$NON-NLS-1$
                    + " transcripts"); //$NON-NLS-1$
        }
        Map<Object, Object> memory = batchMemory();
        return inParallel(names.size(), i -> {
            try {
                return new Graded(names.get(i), grade(names.get(i), transcripts.get(i), pack, memory), null);
            } catch (IOException e) {
                return new Graded(names.get(i), null, e);
            }
        });
    }

    /**
     * The evaluator memory that the sessions of one batch share, on every core: the rules between two States and
     * other answers that depend only on the pack and the knowledge base are then worked out once per batch instead of
     * once per session. It lives as long as the batch, during which the pack is not modified (a grader only reads it),
     * so every answer in it stays true; what may go into it is set out in
     * {@link org.rogatory.engine.evaluation.Evaluator#evaluate(org.rogatory.engine.session.SessionView,
     * org.rogatory.model.scenario.Action, org.rogatory.engine.session.ActionInput, Map)}.
     */
    private static Map<Object, Object> batchMemory() {
        return new ConcurrentHashMap<>();
    }

    /** Runs one task per index on the common pool; an ordered stream keeps the results in index order. */
    private static List<Graded> inParallel(int count, IntFunction<Graded> task) {
        return IntStream.range(0, count).parallel().mapToObj(task).toList();
    }
}
