package org.rogatory.engine.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rogatory.engine.rules.tests.Casebook.FULL_MLA;
import static org.rogatory.engine.rules.tests.Casebook.assertFinding;
import static org.rogatory.engine.rules.tests.Casebook.assertSilent;
import static org.rogatory.engine.rules.tests.Casebook.rulesWith;
import static org.rogatory.engine.rules.tests.Casebook.scores;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.Declaration;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.LegalBasis;
import org.rogatory.model.scenario.Verdict;
import org.rogatory.treaty.DeclarationTopics;

/** The Convention binds only its parties; relying on it towards anyone else has no basis. */
class TreatyBasisRuleTest {

    private final Casebook k = new Casebook();

    @Test
    void requestBetweenTwoPartiesRestsOnTheConvention() throws IOException {
        k.drafted("m", Instrument.MLA_STORED_DATA, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.access))
                .setLegalBasis(LegalBasis.CONVENTION);
        assertFinding(k.decide("m", FULL_MLA), "treaty-basis", Outcome.MET, "Art. 65");
    }

    @Test
    void conventionRequestToANonPartyHasNoBasis() throws IOException {
        k.action("m", Instrument.MLA_REQUEST, k.c, Channel.CENTRAL_AUTHORITY, k.offence(k.access))
                .setLegalBasis(LegalBasis.CONVENTION);
        Evaluation e = k.decide("m");
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        Finding basis = assertFinding(e, "treaty-basis", Outcome.BREACHED, "Art. 65");
        assertTrue(basis.explanation().contains("Carpathia is not a party"), basis.explanation());
        assertEquals(List.of("treaty-basis"), rulesWith(e, Outcome.BREACHED));
        assertSilent(e, "scope");
        assertSilent(e, "channel");
        assertEquals(scores("legality", -2), e.scoreDeltas());
    }

    @Test
    void requestFromASignatoryThatIsNotYetAPartyHasNoBasis() throws IOException {
        k.a.setConventionStatus(ConventionStatus.SIGNATORY);
        k.action("m", Instrument.MLA_REQUEST, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.access));
        Finding basis = assertFinding(k.decide("m"), "treaty-basis", Outcome.BREACHED, "Art. 65");
        assertTrue(basis.explanation().contains("Arland is not a party"), basis.explanation());
    }

    @Test
    void requestToANonPartyOnReciprocityIsNotThisRulesConcern() throws IOException {
        k.action("m", Instrument.MLA_REQUEST, k.c, Channel.CENTRAL_AUTHORITY, k.offence(k.access))
                .setLegalBasis(LegalBasis.RECIPROCITY);
        Evaluation e = k.decide("m");
        assertSilent(e, "treaty-basis");
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertEquals(scores("legality", 1), e.scoreDeltas());
    }

    @Test
    void extraditionUnderTheConventionFromAStateThatRejectsItAsBasisHasNoBasis() throws IOException {
        Declaration no = Casebook.F.createDeclaration();
        no.setId("D-no");
        no.setTopic(DeclarationTopics.EXTRADITION_LEGAL_BASIS);
        no.getValues().add(DeclarationTopics.NO);
        k.d.getDeclarations().add(no);
        k.action("x", Instrument.EXTRADITION_REQUEST, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.images))
                .setLegalBasis(LegalBasis.CONVENTION);
        Evaluation e = k.decide("x");
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        Finding basis = assertFinding(e, "treaty-basis", Outcome.BREACHED, "Art. 37");
        assertTrue(basis.explanation().contains("extradition treaty"), basis.explanation());
    }
}
