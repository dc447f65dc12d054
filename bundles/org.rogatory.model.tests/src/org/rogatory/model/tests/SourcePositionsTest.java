package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.rogatory.model.internal.io.SourcePositions;
import org.rogatory.model.internal.io.SourcePositions.Position;
import org.rogatory.model.scenario.ScenarioFactory;

/** The compact store of where objects were read: the first position of an object wins, and clearing forgets all. */
class SourcePositionsTest {

    @Test
    void theFirstPositionOfAnObjectIsKept() {
        SourcePositions positions = new SourcePositions();
        EObject a = ScenarioFactory.eINSTANCE.createAction();
        EObject b = ScenarioFactory.eINSTANCE.createAction();
        positions.record(a, 3, 7, null);
        positions.record(a, 9, 9, null);
        assertEquals(Optional.of(new Position(3, 7, null)), positions.of(a));
        for (int i = 0; i < 1000; i++) {
            positions.record(ScenarioFactory.eINSTANCE.createFlag(), i + 10, 1, null);
        }
        positions.record(b, 2000, 4, "pack.rogatory#B");
        assertEquals(Optional.of(new Position(2000, 4, "pack.rogatory#B")), positions.of(b));
        assertEquals(Optional.of(new Position(3, 7, null)), positions.of(a));
        assertEquals(Optional.empty(), positions.of(ScenarioFactory.eINSTANCE.createFlag()));
    }

    @Test
    void clearingForgetsEveryPosition() {
        SourcePositions positions = new SourcePositions();
        EObject a = ScenarioFactory.eINSTANCE.createAction();
        positions.record(a, 3, 7, null);
        positions.clear();
        assertEquals(0, positions.size());
        assertEquals(Optional.empty(), positions.of(a));
    }
}
