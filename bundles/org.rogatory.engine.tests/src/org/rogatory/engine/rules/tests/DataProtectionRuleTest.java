package org.rogatory.engine.rules.tests;

import static org.rogatory.engine.rules.tests.Casebook.assertFinding;
import static org.rogatory.engine.rules.tests.Casebook.assertSilent;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.Session;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Offence;

/**
 * Data B disclosed to A stays under B's control: A may not pass it on to D, nor use it for another offence, without
 * asking B first (a CONSULT action addressed to B).
 */
class DataProtectionRuleTest {

    private final Casebook book = new Casebook();
    private final Offence intrusion = book.offence(book.access);
    private final Offence smuggling = book.offence(book.smuggling);
    private final DataItem logs = book.data("server-logs", book.b, 300);

    DataProtectionRuleTest() {
        Casebook.secures(book.action("obtain", Instrument.MLA_STORED_DATA, book.b, Channel.CENTRAL_AUTHORITY,
                intrusion), logs, EvidenceStatus.DISCLOSED, 0);
        book.action("ask-b", Instrument.CONSULT, book.b, Channel.CENTRAL_AUTHORITY);
        book.action("pass-on", Instrument.SPONTANEOUS_INFORMATION, book.d, Channel.CENTRAL_AUTHORITY, intrusion)
                .getDataItems().add(logs);
        book.action("reuse", Instrument.PROSECUTE_DOMESTICALLY, null, Channel.NONE, smuggling).getDataItems()
                .add(logs);
        book.action("use-as-given", Instrument.PROSECUTE_DOMESTICALLY, null, Channel.NONE, intrusion).getDataItems()
                .add(logs);
    }

    private Evaluation after(String... actions) throws IOException {
        Session session = book.session();
        for (int i = 0; i < actions.length - 1; i++) {
            session.take(actions[i], ActionInput.NONE);
        }
        return session.take(actions[actions.length - 1], ActionInput.NONE).evaluation();
    }

    @Test
    void passingDataOnToAThirdStateWithoutAskingIsABreach() throws IOException {
        assertFinding(after("obtain", "pass-on"), "data-protection", Outcome.BREACHED, "Art. 36");
    }

    @Test
    void passingDataOnAfterAskingTheGivingStateMeetsTheRule() throws IOException {
        assertFinding(after("obtain", "ask-b", "pass-on"), "data-protection", Outcome.MET, "Art. 36");
    }

    @Test
    void usingEvidenceForAnotherOffenceWithoutConsentIsABreach() throws IOException {
        assertFinding(after("obtain", "reuse"), "data-protection", Outcome.BREACHED, "Art. 40");
    }

    @Test
    void usingEvidenceForAnotherOffenceWithConsentMeetsTheRule() throws IOException {
        assertFinding(after("obtain", "ask-b", "reuse"), "data-protection", Outcome.MET, "Art. 40");
    }

    @Test
    void usingEvidenceForTheOffenceItWasGivenForIsNotThisRulesConcern() throws IOException {
        assertSilent(after("obtain", "use-as-given"), "data-protection");
    }

    @Test
    void dataNotYetReceivedIsNotThisRulesConcern() throws IOException {
        assertSilent(after("pass-on"), "data-protection");
    }
}
