package org.rogatory.engine.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rogatory.engine.session.tests.TinyCase.DAY;
import static org.rogatory.engine.session.tests.TinyCase.F;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.Decision;
import org.rogatory.engine.session.EndReason;
import org.rogatory.engine.session.Session;
import org.rogatory.engine.session.SessionView;
import org.rogatory.model.scenario.ActionTakenCondition;
import org.rogatory.model.scenario.EndScenario;
import org.rogatory.model.scenario.Message;
import org.rogatory.model.scenario.RequestIncludesCondition;
import org.rogatory.model.scenario.TimedEvent;

class SessionTest {

    private final TinyCase tiny = new TinyCase();

    @Test
    void consequencesArriveAfterTheActionsCostAndTheirDelayAndArePendingUntilThen() throws IOException {
        Session session = tiny.start();
        session.take("preserve", ActionInput.NONE);
        SessionView view = session.view();
        assertEquals(60, view.now(), "the action cost one hour");
        assertEquals(1, view.pending().size());
        assertEquals(180, view.pending().get(0).due());
        session.advanceTo(179);
        assertEquals(1, session.view().pending().size());
        session.advanceTo(180);
        assertTrue(session.view().pending().isEmpty());
    }

    @Test
    void aTakenActionIsNoLongerOfferedUnlessRepeatable() throws IOException {
        Session session = tiny.start();
        session.take("preserve", ActionInput.NONE);
        session.take("wait", ActionInput.NONE);
        assertEquals(List.of("mla", "wait"), session.availableActionIds());
    }

    @Test
    void anActionThatIsNotAvailableIsRefusedWithTheAvailableOnes() throws IOException {
        Session session = tiny.start();
        session.take("preserve", ActionInput.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> session.take("preserve", ActionInput.NONE));
        assertTrue(e.getMessage().contains("mla, wait"), e.getMessage());
    }

    @Test
    void timedEventFiresAtItsMinute() {
        TimedEvent event = F.createTimedEvent();
        event.setId("call");
        event.setTitle("The hospital calls");
        event.setAt(5 * DAY);
        Message message = F.createMessage();
        message.setId("m1");
        message.setSubject("Hospital");
        message.setText("Systems are down.");
        event.getConsequences().add(message);
        tiny.scenario.getTimedEvents().add(event);
        Session session = tiny.start();
        session.advanceTo(5 * DAY - 1);
        assertTrue(session.view().timeline().stream().noneMatch(e -> e.subject().equals("m1")));
        session.advanceTo(5 * DAY);
        assertTrue(session.view().timeline().stream().anyMatch(e -> e.text().equals("Hospital: Systems are down.")));
    }

    @Test
    void conditionalEventFiresAsSoonAsItsConditionHolds() throws IOException {
        TimedEvent event = F.createTimedEvent();
        event.setId("end-on-mla");
        event.setTitle("MLA sent");
        ActionTakenCondition taken = F.createActionTakenCondition();
        taken.setAction(tiny.mla);
        event.setWhen(taken);
        EndScenario end = F.createEndScenario();
        end.setId("epilogue");
        end.setEpilogue("Case closed.");
        event.getConsequences().add(end);
        tiny.scenario.getTimedEvents().add(event);
        Session session = tiny.start();
        assertFalse(session.isEnded());
        session.take("mla", ActionInput.NONE);
        assertEquals(EndReason.SCENARIO_COMPLETED, session.view().ended().orElseThrow());
        assertThrows(IllegalStateException.class, () -> session.take("wait", ActionInput.NONE));
    }

    @Test
    void draftedRequestElementsDecideRequestConditions() throws IOException {
        tiny.preserve.setTraineeDrafts(true);
        TimedEvent event = F.createTimedEvent();
        event.setId("complete");
        event.setTitle("Complete request");
        RequestIncludesCondition includes = F.createRequestIncludesCondition();
        includes.setAction(tiny.preserve);
        includes.getElements().add("intent-to-submit-mla");
        event.setWhen(includes);
        tiny.scenario.getTimedEvents().add(event);
        Session incomplete = tiny.start();
        incomplete.take("preserve", new ActionInput(List.of("offence-and-facts")));
        assertTrue(incomplete.view().timeline().stream().noneMatch(e -> e.subject().equals("complete")));
        Session complete = tiny.start();
        complete.take("preserve", new ActionInput(List.of("offence-and-facts", "intent-to-submit-mla")));
        assertTrue(complete.view().timeline().stream().anyMatch(e -> e.subject().equals("complete")));
    }

    @Test
    void theSessionEndsWhenTheTimeBudgetIsSpent() throws IOException {
        tiny.scenario.setTimeBudget(3 * DAY);
        Session session = tiny.start();
        for (int i = 0; i < 3; i++) {
            session.take("wait", ActionInput.NONE);
        }
        assertEquals(EndReason.TIME_BUDGET_SPENT, session.view().ended().orElseThrow());
        assertEquals(3 * DAY, session.view().now());
    }

    @Test
    void aDecisionThatCannotBeRecordedChangesNothing() {
        Session session = tiny.start(decision -> {
            throw new IOException("disk full");
        });
        assertThrows(IOException.class, () -> session.take("preserve", ActionInput.NONE));
        SessionView view = session.view();
        assertEquals(0, view.now());
        assertTrue(view.decisions().isEmpty());
        assertEquals(List.of("preserve", "mla", "wait"), view.availableActions());
    }

    @Test
    void theListenerHearsEachDecisionBeforeItTakesEffect() throws IOException {
        List<Decision> heard = new ArrayList<>();
        Session session = tiny.start(heard::add);
        session.take("preserve", ActionInput.NONE);
        session.take("mla", ActionInput.NONE);
        assertEquals(List.of(1, 2), heard.stream().map(Decision::sequence).toList());
        assertEquals(List.of(0, 60), heard.stream().map(Decision::time).toList());
        assertEquals(2, session.view().scores().get("legality"));
    }

    @Test
    void theSameDecisionsGiveTheSameSession() throws IOException {
        assertEquals(play(new TinyCase().start()), play(new TinyCase().start()));
    }

    private static String play(Session session) throws IOException {
        session.take("preserve", ActionInput.NONE);
        session.take("wait", ActionInput.NONE);
        session.take("mla", ActionInput.NONE);
        session.advanceTo(100 * DAY);
        SessionView v = session.view();
        return v.now() + "|" + v.evidence() + "|" + v.timeline() + "|" + v.scores();
    }
}
