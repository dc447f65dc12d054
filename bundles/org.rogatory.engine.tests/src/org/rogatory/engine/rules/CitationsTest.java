package org.rogatory.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.Citation;
import org.rogatory.treaty.CitationFormatter;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.model.VerificationStatus;
import org.rogatory.treaty.rules.ApplicableRule;
import org.rogatory.treaty.rules.RulesBetweenStates;

/**
 * The formatted citations that {@link Citations} keeps are exactly what {@link CitationFormatter} prints, for every
 * citation the knowledge base makes, and a kept text is never given for another citation, not even one that differs
 * only in whether its paragraph is verified. (In the host's package, because the class is the rule families' own.)
 */
class CitationsTest {

    private static final ConventionKnowledgeBase KB = ConventionKnowledgeBase.bundled();

    @Test
    void everyKnowledgeBaseCitationIsPrintedAsTheFormatterPrintsIt() {
        State party = ScenarioFactory.eINSTANCE.createState();
        party.setId("P");
        party.setConventionStatus(ConventionStatus.PARTY);
        State other = ScenarioFactory.eINSTANCE.createState();
        other.setId("Q");
        other.setConventionStatus(ConventionStatus.PARTY);
        List<Citation> citations = new ArrayList<>();
        RulesBetweenStates service = new RulesBetweenStates(KB);
        for (InstrumentEntry instrument : KB.instruments()) {
            instrument.citation().ifPresent(citations::add);
            service.rulesFor(instrument.key(), party, other).rules().stream().map(ApplicableRule::citation)
                    .forEach(citations::add);
        }
        assertTrue(citations.size() > 100, citations.size() + " citations");
        for (int round = 0; round < 2; round++) {
            for (Citation citation : citations) {
                assertEquals(CitationFormatter.format(citation), Citations.format(citation), citation.toString());
            }
        }
    }

    @Test
    void aParagraphIsPrintedOnlyForTheCitationWhoseParagraphIsVerified() {
        Citation verified = Citation.ofParagraph(2, "(h)", VerificationStatus.VERIFIED, VerificationStatus.VERIFIED);
        Citation unverified = Citation.ofParagraph(2, "(h)", VerificationStatus.UNVERIFIED,
                VerificationStatus.VERIFIED);
        assertEquals(CitationFormatter.format(verified), Citations.format(verified));
        assertEquals(CitationFormatter.format(unverified), Citations.format(unverified));
        assertEquals(CitationFormatter.format(verified), Citations.format(verified));
        assertTrue(!Citations.format(verified).equals(Citations.format(unverified)), Citations.format(unverified));
        Citation range = Citation.ofRange(49, 50, VerificationStatus.VERIFIED);
        assertEquals(List.of(CitationFormatter.format(range)), new Citations().add(range).list());
    }
}
