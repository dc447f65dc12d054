package org.rogatory.engine.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.internal.session.ScenarioIndex;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Instrument;

/** Looking actions up by id, which rules and the debrief do at every decision. */
class ScenarioIndexTest {

    @Test
    void findsEveryActionById() {
        TinyCase c = new TinyCase();
        assertSame(c.preserve, ScenarioIndex.action(c.scenario, "preserve").orElseThrow());
        assertSame(c.waitADay, ScenarioIndex.action(c.scenario, "wait").orElseThrow());
        assertEquals(Optional.empty(), ScenarioIndex.action(c.scenario, "nothing"));
    }

    @Test
    void answersLikeTheModelAfterTheScenarioChanged() {
        TinyCase c = new TinyCase();
        ScenarioIndex.action(c.scenario, "preserve");
        c.preserve.setId("preserve-now");
        Action added = TinyCase.F.createAction();
        added.setId("added");
        added.setInstrument(Instrument.WAIT);
        c.start.getActions().add(added);
        assertEquals(Optional.empty(), ScenarioIndex.action(c.scenario, "preserve"));
        assertSame(c.preserve, ScenarioIndex.action(c.scenario, "preserve-now").orElseThrow());
        assertSame(added, ScenarioIndex.action(c.scenario, "added").orElseThrow());
        c.start.getActions().remove(added);
        assertEquals(Optional.empty(), ScenarioIndex.action(c.scenario, "added"));
    }
}
