package org.rogatory.engine.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rogatory.engine.session.tests.TinyCase.DAY;
import static org.rogatory.engine.session.tests.TinyCase.F;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.engine.Engine;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.session.Decision;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.Session;
import org.rogatory.engine.session.TrialPresets;
import org.rogatory.engine.session.TrialStart;
import org.rogatory.engine.session.TrialStart.Plan;
import org.rogatory.engine.session.TrialStart.Route;
import org.rogatory.engine.session.TrialStart.TrialStartException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.FlagCondition;
import org.rogatory.model.scenario.OpenDecisionPoint;
import org.rogatory.model.scenario.ReferenceStep;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.TimedEvent;

/**
 * Where "test from here" starts: the reference path's prefix when it opens the point, otherwise the shortest route of
 * decisions and waits, a clear refusal when nothing opens it, and presets saved beside the scenario.
 */
class TrialStartTest {

    private static final Engine ENGINE = Engine.standard();
    /** The built-in pack's sources, from this bundle's folder (the build runs tests there). */
    private static final Path ESSENTIALS = Path.of("../../scenarios/org.rogatory.pack.essentials/pack");

    @TempDir
    Path work;

    private final TinyCase tiny = new TinyCase();
    private final TrialStart tinyPlanner = new TrialStart(TinyCase.POLICY, TinyCase.ALWAYS_COMPLIANT,
            action -> List.of());

    private static Scenario essentials(String id) throws Exception {
        LoadedPack pack = new ScenarioLoader().loadPack(ESSENTIALS);
        return pack.scenario(id).orElseThrow();
    }

    private static List<String> ids(Plan plan) {
        return plan.actions().stream().map(RecordedAction::actionId).toList();
    }

    private DecisionPoint point(String id) {
        DecisionPoint point = F.createDecisionPoint();
        point.setId(id);
        point.setTitle("Point " + id);
        Action action = F.createAction();
        action.setId(id + "-act");
        action.setLabel("Act at " + id);
        action.setCost(60);
        point.getActions().add(action);
        tiny.scenario.getDecisionPoints().add(point);
        return point;
    }

    @Test
    void aPointTheReferencePathOpensStartsAfterThePrefixThatOpensIt() throws Exception {
        Scenario scenario = essentials("ransomware-hospital");
        TrialStart planner = TrialStart.of(ENGINE);

        Plan plan = planner.to(scenario, "dp-osterlund");

        assertEquals(Route.REFERENCE_PATH, plan.route());
        assertEquals(List.of("preserve-vd", "seize-hospital", "path-disclosure"), ids(plan));
        Session session = planner.start(scenario, plan, 7L, DecisionListener.NONE);
        assertTrue(session.view().openDecisionPoints().contains("dp-osterlund"));
        assertTrue(session.availableActionIds().contains("preserve-ol"), session.availableActionIds().toString());
        assertFalse(session.isEnded());
        assertTrue(plan.describe(scenario).contains("reference path"), plan.describe(scenario));
    }

    @Test
    void aPointOffTheReferencePathStartsAfterTheShortestRouteIncludingAnIncompleteDraft() throws Exception {
        Scenario scenario = essentials("ransomware-hospital");
        TrialStart planner = TrialStart.of(ENGINE);

        Plan plan = planner.to(scenario, "dp-fix-vd");

        assertEquals(Route.SHORTEST_PATH, plan.route());
        assertEquals(List.of("preserve-vd"), ids(plan));
        assertTrue(plan.actions().get(0).parameters().isEmpty(), "the request was sent incomplete");
        assertTrue(plan.minute() >= 60 + 240, "the clock ran until Valdonia asked for more: " + plan.minute());
        Session session = planner.start(scenario, plan, 7L, DecisionListener.NONE);
        assertTrue(session.availableActionIds().contains("preserve-vd-again"), session.availableActionIds().toString());
    }

    @Test
    void theStartPointAndTheWholeScenarioStartAtMinuteZero() throws Exception {
        Plan plan = tinyPlanner.to(tiny.scenario, "dp1");
        assertEquals(Route.START, plan.route());
        assertTrue(plan.actions().isEmpty());
        assertEquals(0, tinyPlanner.fromStart(tiny.scenario).minute());
    }

    @Test
    void theShortestRouteIsFoundWhenTheReferencePathDoesNotOpenThePoint() throws Exception {
        DecisionPoint second = point("dp2");
        tiny.mla.getNext().add(second);
        ReferenceStep step = F.createReferenceStep();
        step.setId("ref-1");
        step.setAction(tiny.preserve);
        tiny.scenario.getReferencePath().add(step);

        Plan plan = tinyPlanner.to(tiny.scenario, "dp2");

        assertEquals(Route.SHORTEST_PATH, plan.route());
        assertEquals(List.of("mla"), ids(plan));
    }

    @Test
    void aPointATimedEventOpensIsReachedByLettingTheClockRun() throws Exception {
        DecisionPoint late = point("dp-late");
        TimedEvent event = F.createTimedEvent();
        event.setId("ev-late");
        event.setTitle("Later");
        event.setAt(3 * DAY);
        OpenDecisionPoint open = F.createOpenDecisionPoint();
        open.getDecisionPoints().add(late);
        event.getConsequences().add(open);
        tiny.scenario.getTimedEvents().add(event);

        Plan plan = tinyPlanner.to(tiny.scenario, "dp-late");

        assertTrue(plan.actions().isEmpty(), ids(plan).toString());
        assertEquals(3 * DAY, plan.minute());
        Session session = tinyPlanner.start(tiny.scenario, plan, 1L, DecisionListener.NONE);
        assertTrue(session.availableActionIds().contains("dp-late-act"));
        assertTrue(plan.describe(tiny.scenario).contains("clock"), plan.describe(tiny.scenario));
    }

    @Test
    void aPointNothingOpensIsRefusedWithWhatToDo() {
        point("dp-orphan");
        TrialStartException e = assertThrows(TrialStartException.class,
                () -> tinyPlanner.to(tiny.scenario, "dp-orphan"));
        assertTrue(e.getMessage().contains("never opens"), e.getMessage());
        assertTrue(e.getMessage().contains("dp-orphan"), e.getMessage());
    }

    @Test
    void aPointWhoseWayIsNeverAvailableIsRefusedWithTheConditionsToCheck() {
        DecisionPoint blocked = point("dp-blocked");
        Action gate = F.createAction();
        gate.setId("gate");
        gate.setLabel("Gate");
        FlagCondition never = F.createFlagCondition();
        org.rogatory.model.scenario.Flag flag = F.createFlag();
        flag.setId("never-set");
        tiny.scenario.getFlags().add(flag);
        never.setFlag(flag);
        gate.setAvailableWhen(never);
        gate.getNext().add(blocked);
        tiny.start.getActions().add(gate);

        TrialStartException e = assertThrows(TrialStartException.class,
                () -> tinyPlanner.to(tiny.scenario, "dp-blocked"));
        assertTrue(e.getMessage().contains("Available when"), e.getMessage());
    }

    @Test
    void anUnknownPointIsRefused() {
        TrialStartException e = assertThrows(TrialStartException.class, () -> tinyPlanner.to(tiny.scenario, "nope"));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void startingReplaysThePlanThroughTheListenerSoATrialJournalHoldsIt() throws Exception {
        DecisionPoint second = point("dp2");
        tiny.mla.getNext().add(second);
        Plan plan = tinyPlanner.to(tiny.scenario, "dp2");
        List<Decision> heard = new ArrayList<>();

        tinyPlanner.start(tiny.scenario, plan, 1L, heard::add);

        assertEquals(List.of("mla"), heard.stream().map(Decision::actionId).toList());
    }

    @Test
    void aPresetIsSavedBesideTheScenarioAndStartsWhereItWasSaved() throws Exception {
        Transcript saved = new Transcript("tiny", "1.0.0", 5L,
                List.of(new RecordedAction("preserve", java.util.Map.of(), 0),
                        new RecordedAction("wait", java.util.Map.of(), 2 * DAY)));

        Path file = TrialPresets.save(work, "After preservation", saved);

        assertEquals(work.resolve("presets/tiny/After preservation.json"), file);
        assertEquals(List.of("After preservation"),
                TrialPresets.list(work, "tiny").stream().map(TrialPresets.Preset::name).toList());
        Transcript read = TrialPresets.read(work, "tiny", "After preservation");
        assertEquals(saved, read);
        Plan plan = tinyPlanner.fromPreset(tiny.scenario, read);
        assertEquals(Route.PRESET, plan.route());
        Session session = tinyPlanner.start(tiny.scenario, plan, read.seed(), DecisionListener.NONE);
        assertEquals(List.of("preserve", "wait"), session.view().takenActions());
        assertEquals(3 * DAY, session.now(), "the clock stands after the preset's last decision");
    }

    @Test
    void aPresetKeepsTheClockWhenTimeRanOnAfterItsLastDecision() throws Exception {
        Transcript saved = new Transcript("tiny", "1.0.0", 5L,
                List.of(new RecordedAction("preserve", java.util.Map.of(), 0)));

        TrialPresets.save(work, "Waited", saved, 5 * DAY);

        TrialPresets.Saved read = TrialPresets.load(work, "tiny", "Waited");
        assertEquals(5 * DAY, read.minute());
        Plan plan = tinyPlanner.fromPreset(tiny.scenario, read.transcript(), read.minute());
        assertEquals(5 * DAY, tinyPlanner.start(tiny.scenario, plan, 5L, DecisionListener.NONE).now());
        assertEquals(List.of("Waited"), TrialPresets.list(work, "tiny").stream().map(TrialPresets.Preset::name)
                .toList(), "the clock file is not a preset of its own");
    }

    @Test
    void aPresetThatNoLongerFitsTheScenarioIsRefusedWithTheAction() throws Exception {
        Transcript stale = new Transcript("tiny", "1.0.0", 5L,
                List.of(new RecordedAction("removed-action", java.util.Map.of(), 0)));
        TrialStartException e = assertThrows(TrialStartException.class,
                () -> tinyPlanner.fromPreset(tiny.scenario, stale));
        assertTrue(e.getMessage().contains("removed-action"), e.getMessage());
    }

    @Test
    void presetNamesThatCannotBeFileNamesAreRefused() throws IOException {
        assertFalse(TrialPresets.isName("../escape"));
        assertFalse(TrialPresets.isName(""));
        assertFalse(TrialPresets.isName(" padded"));
        assertTrue(TrialPresets.isName("Day 3 - before MLA"));
        assertTrue(TrialPresets.list(work, "none").isEmpty());
        assertFalse(Files.exists(work.resolve(TrialPresets.FOLDER)));
    }
}
