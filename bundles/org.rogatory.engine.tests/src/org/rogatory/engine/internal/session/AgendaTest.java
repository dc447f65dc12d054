package org.rogatory.engine.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.ScenarioFactory;

/**
 * The agenda keeps the responses it holds in order as entries are scheduled and run; they must always be exactly the
 * responses still on the agenda, sorted by minute and then by the order of scheduling, as sorting the whole agenda
 * gave before. (In the host's package, because the agenda is the session engine's own.)
 */
class AgendaTest {

    private static final Comparator<Agenda.Entry> ORDER = Comparator.comparingInt(Agenda.Entry::time)
            .thenComparingLong(Agenda.Entry::sequence);

    @Test
    void responsesAreTheResponsesStillDueInTheirOrder() {
        Random random = new Random(20261125L);
        Action request = ScenarioFactory.eINSTANCE.createAction();
        Agenda agenda = new Agenda();
        List<Agenda.Entry> due = new ArrayList<>();
        long sequence = 0;
        int now = 0;
        for (int step = 0; step < 5_000; step++) {
            if (random.nextInt(3) > 0) {
                int time = now + random.nextInt(20);
                Agenda.Kind kind = Agenda.Kind.values()[random.nextInt(Agenda.Kind.values().length)];
                Object origin = random.nextBoolean() ? request : null;
                agenda.schedule(time, kind, "subject", origin);
                due.add(new Agenda.Entry(time, sequence++, kind, "subject", origin));
            } else {
                now += random.nextInt(5);
                due.sort(ORDER);
                Agenda.Entry expected = due.isEmpty() || due.get(0).time() > now ? null : due.remove(0);
                assertEquals(expected, agenda.pollDue(now));
            }
            List<Agenda.Entry> responses = due.stream()
                    .filter(e -> e.kind() == Agenda.Kind.CONSEQUENCE && e.origin() instanceof Action).sorted(ORDER)
                    .toList();
            assertEquals(responses, List.copyOf(agenda.responses()), "step " + step);
        }
    }

    @Test
    void entriesAtTheSameMinuteRunInTheOrderTheyWereScheduled() {
        Agenda agenda = new Agenda();
        Action first = ScenarioFactory.eINSTANCE.createAction();
        Action second = ScenarioFactory.eINSTANCE.createAction();
        agenda.schedule(10, Agenda.Kind.CONSEQUENCE, "a", first);
        agenda.schedule(5, Agenda.Kind.DELETION, "b", null);
        agenda.schedule(10, Agenda.Kind.CONSEQUENCE, "c", second);
        assertEquals(List.of(first, second), agenda.responses().stream().map(Agenda.Entry::origin).toList());
        assertNull(agenda.pollDue(4));
        assertEquals("b", agenda.pollDue(10).subject());
        assertEquals("a", agenda.pollDue(10).subject());
        assertEquals(List.of(second), agenda.responses().stream().map(Agenda.Entry::origin).toList());
        assertEquals("c", agenda.pollDue(10).subject());
        assertNull(agenda.pollDue(Integer.MAX_VALUE));
    }
}
