package org.rogatory.engine.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.rogatory.engine.Engine;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackProblem.Severity;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.io.ScenarioLoader;

/**
 * The failing and the passing fixture of each authoring check: dead ends, unscored actions and evidence deleted
 * before any lawful step could secure it. The fixtures are in {@code fixtures/authoring-pack}.
 */
class AuthoringChecksTest {

    private static List<PackProblem> problems;

    @BeforeAll
    static void validate() throws Exception {
        LoadedPack pack = new ScenarioLoader().loadPack(
                PackSource.bundle(FrameworkUtil.getBundle(AuthoringChecksTest.class), "fixtures/authoring-pack"));
        problems = new PackValidator(Engine.standard()).validate(pack);
    }

    /** The problems on one element of one file whose message contains {@code text}. */
    private static List<PackProblem> on(String file, String element, String text) {
        return problems.stream().filter(p -> p.file().equals(file) && p.element().equals(element))
                .filter(p -> p.message().contains(text)).toList();
    }

    private static void warnedOnce(String file, String element, String text) {
        List<PackProblem> found = on(file, element, text);
        assertEquals(1, found.size(), problems.toString());
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void aScenarioThatNothingEndsCanNeverBeCompleted() {
        warnedOnce("endless.rogatory", "endless", "can ever be completed");
    }

    @Test
    void aScenarioWithAnEndingHasNoSuchWarning() {
        assertEquals(List.of(), on("stuck.rogatory", "stuck", "can ever be completed"));
        assertEquals(List.of(), on("closing.rogatory", "closing", "can ever be completed"));
    }

    @Test
    void aDecisionPointReachedByClosingTheWayBackIsADeadEnd() {
        warnedOnce("stuck.rogatory", "dp-trap", "dead end");
        assertTrue(on("stuck.rogatory", "dp-trap", "dead end").get(0).message().contains("\"give-up\""));
    }

    @Test
    void aSideBranchBesideAnOpenWayForwardIsNoDeadEnd() {
        assertEquals(List.of(), on("stuck.rogatory", "dp-side", "dead end"));
        assertEquals(List.of(), on("stuck.rogatory", "dp-late", "dead end"));
    }

    @Test
    void anEndingThatComesWhateverTheTraineeDoesLeavesNoDeadEnd() {
        assertEquals(List.of(), on("closing.rogatory", "dp-trap", "dead end"));
    }

    @Test
    void anActionWhoseInstrumentTheRulesDoNotJudgeAndWithoutScoreEffectIsUnscored() {
        warnedOnce("stuck.rogatory", "brief-press", "moves no criterion");
    }

    @Test
    void anActionWithItsOwnScoreEffectOrOneThatWaitsForItIsScored() {
        assertEquals(List.of(), on("stuck.rogatory", "brief-victim", "moves no criterion"));
        assertEquals(List.of(), on("stuck.rogatory", "call-provider", "moves no criterion"));
    }

    @Test
    void aStepOfTheReferencePathOrAnActionOnDataHeldAbroadIsNotReported() {
        assertEquals(List.of(), on("stuck.rogatory", "read-file", "moves no criterion"));
        assertEquals(List.of(), on("stuck.rogatory", "note-mailbox", "moves no criterion"));
    }

    @Test
    void anActionTheRulesJudgeIsScored() {
        assertEquals(List.of(), on("stuck.rogatory", "preserve-images", "moves no criterion"));
        assertEquals(List.of(), on("stuck.rogatory", "shrug", "moves no criterion"));
    }

    @Test
    void onARubricWithoutTheEngineCriteriaAnActionWithoutScoreEffectIsUnscored() {
        warnedOnce("endless.rogatory", "ask", "moves no criterion of rubric \"house\"");
        assertEquals(List.of(), on("endless.rogatory", "ask-scored", "moves no criterion"));
    }

    @Test
    void dataDeletedBeforeTheEarliestLawfulStepIsWarnedAbout() {
        warnedOnce("stuck.rogatory", "logs", "is deleted at minute 1440");
        String message = on("stuck.rogatory", "logs", "is deleted").get(0).message();
        assertTrue(message.contains("\"preserve-late\"") && message.contains("minute 1620")
                && message.contains("1-day retention of HostCo"), message);
    }

    @Test
    void dataOnlyAnUnlawfulStepSecuresInTimeIsWarnedAbout() {
        warnedOnce("stuck.rogatory", "mailbox", "only a step that is not lawful, \"hack-mailbox\"");
    }

    @Test
    void dataALawfulStepSecuresInTimeIsNoProblem() {
        assertEquals(List.of(), on("stuck.rogatory", "images", ""));
    }
}
