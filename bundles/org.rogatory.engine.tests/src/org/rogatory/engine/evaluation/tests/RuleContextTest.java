package org.rogatory.engine.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.Engine;
import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.SessionView;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioFactory;

/**
 * What rules remember: worked out once per key and memory, given back to every later evaluation that shares the
 * memory, never carried over to a context with another memory, and never kept when there is no answer.
 */
class RuleContextTest {

    private static final ScenarioFactory F = ScenarioFactory.eINSTANCE;

    private final Scenario scenario = F.createScenario();
    private final Action action = F.createAction();
    private final SessionView view;

    RuleContextTest() {
        DecisionPoint start = F.createDecisionPoint();
        start.setId("start");
        action.setId("wait");
        action.setInstrument(Instrument.WAIT);
        start.getActions().add(action);
        scenario.setId("s");
        scenario.getDecisionPoints().add(start);
        scenario.setStart(start);
        view = Engine.standard().start(scenario, 1, DecisionListener.NONE).view();
    }

    private RuleContext context(Map<Object, Object> memory) {
        return new RuleContext(view, action, ActionInput.NONE, memory);
    }

    @Test
    void anAnswerIsWorkedOutOncePerMemory() {
        AtomicInteger computed = new AtomicInteger();
        Map<Object, Object> memory = new HashMap<>();
        RuleContext first = context(memory);
        Object answer = first.remember(List.of("q"), () -> "answer-" + computed.incrementAndGet());
        assertEquals("answer-1", answer);
        assertSame(answer, first.remember(List.of("q"), () -> "answer-" + computed.incrementAndGet()));
        assertSame(answer, context(memory).remember(List.of("q"), () -> "answer-" + computed.incrementAndGet()));
        assertEquals(1, computed.get());
        assertEquals("answer-2", context(new HashMap<>()).remember(List.of("q"),
                () -> "answer-" + computed.incrementAndGet()));
    }

    @Test
    void anAnswerIsGivenForItsOwnKeyOnly() {
        RuleContext context = context(new HashMap<>());
        assertEquals("one", context.remember("k1", () -> "one"));
        assertEquals("two", context.remember("k2", () -> "two"));
        assertEquals("one", context.remember("k1", () -> "stale"));
        assertEquals("two", context.remember("k2", () -> "stale"));
    }

    @Test
    void theFirstAnswerStoredInASharedMemoryWins() {
        Map<Object, Object> memory = new HashMap<>();
        RuleContext context = context(memory);
        // Another session of the batch stores its answer while this one works out the same answer.
        assertEquals("theirs", context.remember("k", () -> {
            memory.put("k", "theirs");
            return "ours";
        }));
        assertEquals("theirs", context.remember("k", () -> "again"));
    }

    @Test
    void anAnswerForTheDecisionStaysWithTheDecision() {
        AtomicInteger computed = new AtomicInteger();
        Map<Object, Object> memory = new HashMap<>();
        RuleContext context = context(memory);
        assertEquals("frame-1", context.rememberForDecision("f", () -> "frame-" + computed.incrementAndGet()));
        assertEquals("frame-1", context.rememberForDecision("f", () -> "frame-" + computed.incrementAndGet()));
        assertEquals(Map.of(), memory);
        assertEquals("frame-2", context(memory).rememberForDecision("f", () -> "frame-" + computed.incrementAndGet()));
    }

    @Test
    void noAnswerIsNotKept() {
        AtomicInteger computed = new AtomicInteger();
        Map<Object, Object> memory = new HashMap<>();
        RuleContext context = context(memory);
        assertNull(context.remember("k", () -> {
            computed.incrementAndGet();
            return null;
        }));
        assertEquals("late", context.remember("k", () -> "late"));
        assertEquals(1, computed.get());
        assertEquals(Map.of("k", "late"), memory);
    }
}
