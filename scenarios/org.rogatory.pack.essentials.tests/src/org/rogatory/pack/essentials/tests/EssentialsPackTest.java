package org.rogatory.pack.essentials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rogatory.engine.packs.InstalledPacks;
import org.rogatory.engine.packs.PackContribution;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.LearningObjective;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.DeclarationTopics;

/**
 * The built-in pack as the product installs it: registered through the extension point, valid without a single
 * warning, with the cast and the six cases the issue asks for, each of the promised shape.
 */
class EssentialsPackTest {

    static List<String> scenarios() {
        return EssentialsFixtures.SCENARIOS;
    }

    @Test
    void thePackIsInstalledThroughTheExtensionPointAsBuiltIn() {
        InstalledPacks installed = InstalledPacks.fromPlatform();
        PackContribution essentials = installed.find("essentials").orElseThrow();

        assertTrue(essentials.builtIn());
        assertEquals("org.rogatory.pack.essentials", essentials.contributor());
        assertEquals(List.of(), installed.problems());
    }

    @Test
    void theValidatorReportsNoErrorAndNoWarning() throws Exception {
        List<PackProblem> problems = new PackValidator(EssentialsFixtures.ENGINE).validate(EssentialsFixtures.pack());

        assertEquals("", problems.stream().map(PackProblem::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void thePackHoldsTheSixCases() throws Exception {
        assertEquals(EssentialsFixtures.SCENARIOS,
                EssentialsFixtures.pack().scenarios().stream().map(Scenario::getId).toList());
    }

    @Test
    void theCastCoversTheLegalProfilesTheCasesNeed() throws Exception {
        List<State> cast = EssentialsFixtures.pack().pack().getCast();

        assertTrue(cast.size() >= 5 && cast.size() <= 6, "five or six States");
        assertTrue(cast.stream().allMatch(State::isFictional), "every State is fictional");
        for (ConventionStatus status : ConventionStatus.values()) {
            assertTrue(cast.stream().anyMatch(s -> s.getConventionStatus() == status), "a State that is " + status);
        }
        assertTrue(cast.stream().anyMatch(s -> declares(s, DeclarationTopics.PRESERVATION_DUAL_CRIMINALITY)),
                "a State with the Art. 42 dual-criminality reservation");
        assertTrue(cast.stream().anyMatch(s -> declares(s, DeclarationTopics.DIPLOMATIC_CHANNEL_REQUIRED)),
                "a State that requires the diplomatic channel");
        assertTrue(cast.stream().anyMatch(s -> !s.isExtraditesNationals()), "a State that keeps its nationals");
        assertTrue(cast.stream().anyMatch(s -> s.getDomesticOffences().stream()
                .noneMatch(o -> o.getConducts().stream().anyMatch(c -> "intimate-images".equals(c.getId())))),
                "a State that does not criminalise non-consensual dissemination of intimate images");
    }

    private static boolean declares(State state, String topic) {
        return state.getDeclarations().stream().anyMatch(d -> topic.equals(d.getTopic()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void eachCaseHasThePromisedShape(String id) throws Exception {
        Scenario scenario = EssentialsFixtures.pack().scenario(id).orElseThrow();

        assertFalse(scenario.getBriefing() == null || scenario.getBriefing().isBlank(), "a briefing");
        assertFalse(scenario.getObjectives().isEmpty(), "learning objectives");
        for (LearningObjective objective : scenario.getObjectives()) {
            assertFalse(objective.getArticles().isEmpty(), "objective " + objective.getId() + " names its articles");
        }
        assertTrue(scenario.getDecisionPoints().size() >= 8, "at least 8 decision points");
        assertTrue(scenario.getTimedEvents().size() >= 3, "at least 3 timed events");
        assertTrue(scenario.getExpectedDuration() >= 20 && scenario.getExpectedDuration() <= 45,
                "20 to 45 minutes of play");
        assertFalse(scenario.getReferencePath().isEmpty(), "a reference path");
        List<String> transcripts = EssentialsFixtures.transcripts().stream().filter(t -> t.startsWith(id + "/"))
                .toList();
        assertTrue(transcripts.contains(id + "/reference"), "transcripts/" + id + "/reference.json");
        assertTrue(transcripts.stream().filter(t -> t.startsWith(id + "/mistake-")).count() >= 2,
                "at least two transcripts/" + id + "/mistake-*.json");
    }
}
