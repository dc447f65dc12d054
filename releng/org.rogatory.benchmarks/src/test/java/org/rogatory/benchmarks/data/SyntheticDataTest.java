package org.rogatory.benchmarks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.engine.Engine;
import org.rogatory.engine.grading.GradeResult;
import org.rogatory.engine.grading.Grader;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptFiles;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackWriter;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * The benchmark is only worth its figures if its data is what a real pack and real sessions look like to the engine:
 * a pack that passes validation, scenarios of the promised shape, and transcripts that replay. These tests check a
 * small pack built by the same code, so they run in the normal build while the benchmark itself does not.
 */
class SyntheticDataTest {

    private static final int SCENARIOS = 6;
    private static final int DECISION_POINTS = 50;

    @TempDir
    static Path folder;

    private static LoadedPack pack;
    private static final Engine ENGINE = Engine.standard();

    @BeforeAll
    static void writeAndLoad() throws IOException, LoadException {
        PackWriter.write(SyntheticPack.build(SCENARIOS, DECISION_POINTS, 7), folder);
        pack = new ScenarioLoader().loadPack(folder);
    }

    @Test
    void packValidatesWithoutErrorsOrWarnings() {
        List<PackProblem> problems = new PackValidator(ENGINE).validate(pack);
        assertEquals(List.of(), problems);
    }

    @Test
    void packSharesACastOfFiveStates() {
        assertEquals(5, pack.pack().getCast().size());
        for (Scenario scenario : pack.scenarios()) {
            assertEquals(5, scenario.getCast().size());
        }
    }

    @Test
    void everyDecisionPointOffersThreeOrFourActions() {
        assertEquals(SCENARIOS, pack.scenarios().size());
        for (Scenario scenario : pack.scenarios()) {
            assertEquals(DECISION_POINTS, scenario.getDecisionPoints().size());
            for (DecisionPoint point : scenario.getDecisionPoints()) {
                int actions = point.getActions().size();
                assertTrue(actions == 3 || actions == 4, point.getId() + " has " + actions + " actions");
            }
        }
    }

    @Test
    void scenariosUseManyInstrumentsTimedEventsAndRetention() {
        Scenario scenario = pack.scenarios().get(0);
        Set<Instrument> instruments = scenario.getDecisionPoints().stream().flatMap(p -> p.getActions().stream())
                .map(Action::getInstrument).collect(Collectors.toSet());
        assertTrue(instruments.size() >= 12, "instruments used: " + instruments);
        assertEquals(2, scenario.getTimedEvents().size());
        assertTrue(scenario.getProviders().stream().allMatch(p -> p.getRetentionPolicies().size() == 3));
        assertTrue(scenario.getDataItems().stream().anyMatch(d -> d.isSetDeletionAt()));
    }

    @Test
    void scenariosUseEveryConsequenceAndConditionType() {
        Set<EClass> used = new HashSet<>();
        pack.scenarios().get(0).eAllContents().forEachRemaining(o -> used.add(o.eClass()));
        for (EClassifier classifier : ScenarioPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type && !type.isAbstract()
                    && (ScenarioPackage.Literals.CONSEQUENCE.isSuperTypeOf(type)
                            || ScenarioPackage.Literals.CONDITION.isSuperTypeOf(type))) {
                assertTrue(used.contains(type), type.getName() + " is not used");
            }
        }
    }

    @Test
    void sameSeedBuildsTheSamePack(@TempDir Path other) throws IOException, LoadException {
        PackWriter.write(SyntheticPack.build(SCENARIOS, DECISION_POINTS, 7), other);
        LoadedPack again = new ScenarioLoader().loadPack(other);
        for (int i = 0; i < SCENARIOS; i++) {
            assertTrue(EcoreUtil.equals(pack.scenarios().get(i), again.scenarios().get(i)),
                    "scenario " + i + " differs");
        }
    }

    @Test
    void transcriptsHaveAboutThirtyDecisionsAndReplayFromDisk(@TempDir Path transcripts) throws IOException {
        SyntheticTranscripts player = new SyntheticTranscripts(ENGINE);
        Grader grader = new Grader(ENGINE);
        int total = 0;
        for (int i = 0; i < 30; i++) {
            Scenario scenario = pack.scenarios().get(i % SCENARIOS);
            Transcript transcript = player.play(scenario, pack.pack().getVersion(), i);
            int decisions = transcript.actions().size();
            assertTrue(decisions >= SyntheticTranscripts.MIN_DECISIONS
                    && decisions < SyntheticTranscripts.MIN_DECISIONS + SyntheticTranscripts.SPREAD,
                    "transcript " + i + " has " + decisions + " decisions");
            Path file = transcripts.resolve(GenerateData.transcriptName(i));
            TranscriptFiles.write(transcript, file);
            GradeResult result = grader.grade(file.getFileName().toString(), TranscriptFiles.read(file), pack);
            assertEquals(decisions, result.decisions());
            total += decisions;
        }
        double average = total / 30.0;
        assertTrue(average > 28 && average < 32, "average " + average);
    }

    @Test
    void transcriptsMixVerdicts() throws IOException {
        SyntheticTranscripts player = new SyntheticTranscripts(ENGINE);
        Grader grader = new Grader(ENGINE);
        int compliant = 0;
        int nonCompliant = 0;
        for (int i = 0; i < 20; i++) {
            Transcript transcript = player.play(pack.scenarios().get(i % SCENARIOS), pack.pack().getVersion(), i);
            GradeResult result = grader.grade("t" + i, transcript, pack);
            compliant += result.compliant();
            nonCompliant += result.nonCompliant();
        }
        assertTrue(compliant > 0 && nonCompliant > 0, compliant + " compliant, " + nonCompliant + " non-compliant");
    }
}
