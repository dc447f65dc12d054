package org.rogatory.engine.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.Session;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.State;

/**
 * Sessions that share one evaluator memory, as the sessions of a grading batch do, judge every decision exactly as a
 * session with a memory of its own: every instrument, towards every State of the casebook and none, on four channels,
 * with a memory that already holds the answers of all the other decisions.
 */
class BatchMemoryTest {

    private static final List<Channel> CHANNELS = List.of(Channel.CENTRAL_AUTHORITY, Channel.TWENTY_FOUR_SEVEN,
            Channel.DIPLOMATIC, Channel.INTERPOL);

    private final Casebook k = new Casebook();

    @Test
    void aSharedMemoryJudgesEveryDecisionAsASessionOfItsOwn() throws IOException {
        List<Action> actions = new ArrayList<>();
        List<State> targets = Arrays.asList(k.a, k.b, k.c, k.d, null);
        k.data("mailbox", k.b, 3);
        for (Instrument instrument : Instrument.values()) {
            for (State target : targets) {
                for (Channel channel : CHANNELS) {
                    String id = instrument.getLiteral() + "-" + (target == null ? "none" : target.getId()) + "-"
                            + channel.getLiteral();
                    Action action = k.drafted(id, instrument, target, channel, k.offence(k.access),
                            k.offence(k.smuggling));
                    action.getGrounds().add("dual-criminality");
                    actions.add(action);
                }
            }
        }
        List<Evaluation> alone = new ArrayList<>();
        for (Action action : actions) {
            alone.add(decide(k.session(), action));
        }
        assertFalse(alone.stream().allMatch(e -> e.findings().isEmpty()));
        Map<Object, Object> shared = new ConcurrentHashMap<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < actions.size(); i++) {
                Session session = Session.start(k.scenario, 1, Casebook.ENGINE.clockPolicy(),
                        Casebook.ENGINE.evaluator(), DecisionListener.NONE, shared);
                assertEquals(alone.get(i), decide(session, actions.get(i)), actions.get(i).getId());
            }
        }
    }

    private static Evaluation decide(Session session, Action action) throws IOException {
        return session.take(action.getId(), new ActionInput(List.of(Casebook.FULL_MLA))).evaluation();
    }
}
