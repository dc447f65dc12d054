package org.rogatory.engine.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rogatory.engine.session.tests.TinyCase.DAY;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.Session;
import org.rogatory.engine.session.SessionEvent.Kind;
import org.rogatory.engine.session.SessionView.Deadline;
import org.rogatory.engine.session.SessionView.EvidenceView;
import org.rogatory.model.scenario.EvidenceStatus;

class LegalClockTest {

    private final TinyCase tiny = new TinyCase();

    private static EvidenceView logs(Session session) {
        return session.view().evidence("logs").orElseThrow();
    }

    @Test
    void dataIsDeletedWhenItsHoldersRetentionRunsOut() {
        Session session = tiny.start();
        assertEquals(Deadline.DELETION, logs(session).deadlineKind());
        assertEquals(10 * DAY, logs(session).deadline());
        session.advanceTo(10 * DAY - 1);
        assertEquals(EvidenceStatus.AT_RISK, logs(session).status());
        session.advanceTo(10 * DAY);
        assertEquals(EvidenceStatus.LOST, logs(session).status());
        assertTrue(session.view().timeline().stream().anyMatch(e -> e.kind() == Kind.DATA_DELETED));
    }

    /** A session works the deletion times out when it starts; a later session sees a scenario changed since. */
    @Test
    void eachSessionDeletesDataAsTheScenarioStandsWhenItStarts() {
        Session before = tiny.start();
        tiny.logs.setDeletionAt(3 * DAY);
        Session after = tiny.start();
        assertEquals(3 * DAY, logs(after).deadline());
        after.advanceTo(3 * DAY);
        assertEquals(EvidenceStatus.LOST, logs(after).status());
        tiny.logs.unsetDeletionAt();
        assertEquals(10 * DAY, logs(tiny.start()).deadline());
        assertEquals(10 * DAY, logs(before).deadline());
    }

    @Test
    void preservedDataSurvivesItsRetentionDate() throws IOException {
        Session session = tiny.start();
        session.take("preserve", ActionInput.NONE);
        session.advanceTo(20 * DAY);
        assertEquals(EvidenceStatus.PRESERVED, logs(session).status());
        assertEquals(Deadline.PRESERVATION_ENDS, logs(session).deadlineKind());
        assertEquals(180 + 60 * DAY, logs(session).deadline(), "preserved at minute 180 for at least 60 days");
    }

    @Test
    void preservationLapsesAfterItsPeriodWithoutFollowUpAndExpiredDataIsThenLost() throws IOException {
        Session session = tiny.start();
        session.take("preserve", ActionInput.NONE);
        session.advanceTo(180 + 60 * DAY);
        assertEquals(EvidenceStatus.LOST, logs(session).status());
        assertTrue(session.view().timeline().stream().anyMatch(e -> e.kind() == Kind.PRESERVATION_LAPSED));
    }

    @Test
    void followUpRequestKeepsThePreservationBeyondItsPeriod() throws IOException {
        Session session = tiny.start();
        session.take("preserve", ActionInput.NONE);
        session.advanceTo(30 * DAY);
        session.take("mla", ActionInput.NONE);
        session.advanceTo(100 * DAY);
        assertEquals(EvidenceStatus.PRESERVED, logs(session).status());
        assertEquals(Deadline.NONE, logs(session).deadlineKind());
    }

    @Test
    void preservationThatArrivesAfterDeletionIsTooLate() throws IOException {
        Session session = tiny.start();
        session.advanceTo(10 * DAY);
        session.take("preserve", ActionInput.NONE);
        session.advanceTo(11 * DAY);
        assertEquals(EvidenceStatus.LOST, logs(session).status());
        assertTrue(session.view().timeline().stream().anyMatch(e -> e.text().startsWith("Too late")));
    }

    @Test
    void domesticPreservationOrderLastsTheDomesticPeriod() throws IOException {
        tiny.preserve.setInstrument(org.rogatory.model.scenario.Instrument.PRESERVATION_ORDER);
        Session session = tiny.start();
        session.take("preserve", ActionInput.NONE);
        session.advanceTo(DAY);
        assertEquals(180 + 90 * DAY, logs(session).deadline());
    }
}
