package org.rogatory.engine.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.rogatory.engine.Engine;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.validation.InvalidPackException;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackProblem.Severity;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.io.ScenarioLoader;

class PackValidatorTest {

    private static List<PackProblem> problems() throws Exception {
        LoadedPack pack = new ScenarioLoader().loadPack(
                PackSource.bundle(FrameworkUtil.getBundle(PackValidatorTest.class), "fixtures/flawed-pack"));
        return new PackValidator(Engine.standard()).validate(pack);
    }

    private static List<PackProblem> on(List<PackProblem> problems, String element) {
        return problems.stream().filter(p -> p.element().equals(element)).toList();
    }

    @Test
    void anArticleThatDoesNotExistIsAnError() throws Exception {
        List<PackProblem> preserve = on(problems(), "preserve");
        assertTrue(preserve.stream().anyMatch(p -> p.severity() == Severity.ERROR && p.message().contains("71")),
                preserve.toString());
        assertTrue(preserve.stream().allMatch(p -> p.file().equals("case.rogatory")), preserve.toString());
    }

    @Test
    void anUnverifiedParagraphIsAWarning() throws Exception {
        List<PackProblem> preserve = on(problems(), "preserve");
        assertTrue(preserve.stream().anyMatch(p -> p.severity() == Severity.WARNING && p.message().contains("42")),
                preserve.toString());
    }

    @Test
    void anActionTheAuthorMarksCompliantThatTheRulesJudgeNonCompliantIsAnError() throws Exception {
        List<PackProblem> hack = on(problems(), "hack");
        assertEquals(1, hack.size(), hack.toString());
        assertEquals(Severity.ERROR, hack.get(0).severity());
        assertTrue(hack.get(0).message().contains("expects the verdict COMPLIANT")
                && hack.get(0).message().contains("give NON_COMPLIANT"), hack.get(0).message());
    }

    @Test
    void anActionWithoutFeedbackIsAWarning() throws Exception {
        List<PackProblem> request = on(problems(), "request");
        assertEquals(1, request.size(), request.toString());
        assertEquals(Severity.WARNING, request.get(0).severity());
        assertTrue(request.get(0).message().contains("no feedback"), request.get(0).message());
    }

    @Test
    void feedbackThatCitesNoArticleIsAWarning() throws Exception {
        List<PackProblem> wait = on(problems(), "wait");
        assertEquals(1, wait.size(), wait.toString());
        assertEquals(Severity.WARNING, wait.get(0).severity());
        assertTrue(wait.get(0).message().contains("cites no article"), wait.get(0).message());
    }

    @Test
    void feedbackWithAnExplanationAndArticlesIsNoProblem() throws Exception {
        assertTrue(on(problems(), "preserve").stream()
                .noneMatch(p -> p.message().contains("no feedback") || p.message().contains("cites no article")));
    }

    @Test
    void anExpectedVerdictTheRulesAgreeWithIsNoProblem() throws Exception {
        assertEquals(List.of(), on(problems(), "hack-known"));
    }

    @Test
    void theEngineRefusesToStartAnInvalidPackAndSaysWhy() throws Exception {
        LoadedPack pack = new ScenarioLoader().loadPack(
                PackSource.bundle(FrameworkUtil.getBundle(PackValidatorTest.class), "fixtures/flawed-pack"));
        InvalidPackException e = assertThrows(InvalidPackException.class,
                () -> Engine.standard().startValidated(pack, "case", 1, DecisionListener.NONE));
        assertTrue(e.getMessage().contains("cannot be played"), e.getMessage());
        assertTrue(e.problems().stream().allMatch(p -> p.severity() == Severity.ERROR), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.element().equals("hack")), e.problems().toString());
    }

    @Test
    void theEngineStartsAValidPack() throws Exception {
        LoadedPack pack = new ScenarioLoader().loadPack(
                PackSource.bundle(FrameworkUtil.getBundle(PackValidatorTest.class), "fixtures/golden/pack"));
        assertEquals(List.of("preserve", "mla-first"),
                Engine.standard().startValidated(pack, "ransomware", 1, DecisionListener.NONE).availableActionIds());
    }

    @Test
    void errorsComeBeforeWarnings() throws Exception {
        List<PackProblem> problems = problems();
        int lastError = -1;
        int firstWarning = Integer.MAX_VALUE;
        for (int i = 0; i < problems.size(); i++) {
            if (problems.get(i).severity() == Severity.ERROR) {
                lastError = i;
            } else {
                firstWarning = Math.min(firstWarning, i);
            }
        }
        assertTrue(lastError < firstWarning, problems.toString());
    }
}
