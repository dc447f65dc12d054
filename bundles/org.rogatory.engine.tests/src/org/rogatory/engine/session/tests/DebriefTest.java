package org.rogatory.engine.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rogatory.engine.session.tests.TinyCase.DAY;
import static org.rogatory.engine.session.tests.TinyCase.F;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.debrief.Debrief;
import org.rogatory.engine.debrief.DebriefBuilder;
import org.rogatory.engine.debrief.DebriefText;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.Session;
import org.rogatory.model.scenario.Criterion;
import org.rogatory.model.scenario.ReferenceStep;
import org.rogatory.model.scenario.Rubric;

class DebriefTest {

    private final TinyCase tiny = new TinyCase();

    DebriefTest() {
        Rubric rubric = F.createRubric();
        rubric.setId("r");
        rubric.getCriteria().add(criterion("legality", "Legality", 3));
        rubric.getCriteria().add(criterion("timeliness", "Timeliness", 1));
        tiny.scenario.setRubric(rubric);
        ReferenceStep step = F.createReferenceStep();
        step.setAction(tiny.preserve);
        step.setRationale("Preserve first: the logs go in 10 days.");
        tiny.scenario.getReferencePath().add(step);
    }

    private static Criterion criterion(String id, String label, int weight) {
        Criterion c = F.createCriterion();
        c.setId(id);
        c.setLabel(label);
        c.setWeight(weight);
        return c;
    }

    private Debrief playLate() throws IOException {
        Session session = tiny.start();
        session.advanceTo(11 * DAY);
        session.take("mla", ActionInput.NONE);
        session.stop();
        return DebriefBuilder.build(session.view());
    }

    @Test
    void debriefListsDecisionsLostEvidenceScoresAndTheExpertPath() throws IOException {
        Debrief debrief = playLate();
        assertEquals(1, debrief.decisions().size());
        assertEquals("mla", debrief.decisions().get(0).actionId());
        assertEquals(java.util.List.of("Server logs"), debrief.evidenceLost());
        assertTrue(debrief.evidenceSecured().isEmpty());
        assertEquals(1, debrief.scores().get(0).points());
        assertEquals(0.75, debrief.total(), 1e-9, "weighted mean: (1*3 + 0*1) / 4");
        assertEquals("preserve", debrief.referencePath().get(0).actionId());
        assertEquals("STOPPED_BY_TRAINEE", debrief.endReason());
    }

    @Test
    void twoReplaysRenderByteIdenticalDebriefs() throws IOException {
        String first = DebriefText.render(playLate());
        String second = DebriefText.render(new DebriefTest().playLate());
        assertEquals(first, second);
        assertTrue(first.contains("Evidence lost: Server logs"), first);
        assertTrue(first.contains("[day 12 00:00]"), first);
    }

    @Test
    void clockShowsDayAndTime() {
        assertEquals("day 1 00:00", DebriefText.clock(0));
        assertEquals("day 2 01:05", DebriefText.clock(DAY + 65));
    }
}
