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
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.LegalBasis;
import org.rogatory.model.scenario.Verdict;

/**
 * Evidence cooperation covers Convention offences and serious crime (judged by the requesting State's law);
 * extradition covers Convention offences only; anything else has no basis in the Convention.
 */
class ScopeRuleTest {

    private final Casebook k = new Casebook();

    @Test
    void mlaForAConventionOffenceIsInScope() throws IOException {
        k.drafted("m", Instrument.MLA_STORED_DATA, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.access));
        Evaluation e = k.decide("m", FULL_MLA);
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertFinding(e, "scope", Outcome.MET, "Art. 35");
        assertEquals(List.of("sovereignty", "treaty-basis", "scope", "dual-criminality", "channel",
                "request-contents"), rulesWith(e, Outcome.MET));
        assertEquals(scores("legality", 1), e.scoreDeltas());
    }

    @Test
    void mlaForASeriousCrimeOutsideTheConventionIsInScope() throws IOException {
        k.drafted("m", Instrument.MLA_STORED_DATA, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.smuggling));
        Evaluation e = k.decide("m", FULL_MLA);
        assertEquals(Verdict.COMPLIANT, e.verdict());
        Finding scope = assertFinding(e, "scope", Outcome.MET, "Art. 35", "Art. 2(h)");
        assertTrue(scope.explanation().contains("serious crime"), scope.explanation());
        assertTrue(scope.explanation().contains("60 months"), scope.explanation());
    }

    @Test
    void mlaForAMinorOffenceOutsideTheConventionIsOutOfScope() throws IOException {
        k.drafted("m", Instrument.MLA_STORED_DATA, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.insult));
        Evaluation e = k.decide("m", FULL_MLA);
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        Finding scope = assertFinding(e, "scope", Outcome.BREACHED, "Art. 35", "Art. 2(h)");
        assertTrue(scope.explanation().contains("48 months"), scope.explanation());
        assertTrue(scope.explanation().contains("bilateral treaty"), scope.explanation());
        assertEquals(List.of("scope"), rulesWith(e, Outcome.BREACHED));
        assertEquals(List.of("Art. 35", "Art. 2(h)"), e.citations());
        assertEquals(scores("legality", -2), e.scoreDeltas());
    }

    @Test
    void extraditionForASeriousCrimeOutsideTheConventionIsOutOfScope() throws IOException {
        k.action("x", Instrument.EXTRADITION_REQUEST, k.b, Channel.CENTRAL_AUTHORITY, k.offence(k.smuggling));
        Evaluation e = k.decide("x");
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        Finding scope = assertFinding(e, "scope", Outcome.BREACHED, "Art. 37");
        assertTrue(scope.explanation().contains("only for its own offences"), scope.explanation());
        assertEquals(List.of("scope"), rulesWith(e, Outcome.BREACHED));
    }

    @Test
    void extraditionForAConventionOffenceIsInScope() throws IOException {
        k.action("x", Instrument.EXTRADITION_REQUEST, k.b, Channel.CENTRAL_AUTHORITY, k.offence(k.access));
        assertFinding(k.decide("x"), "scope", Outcome.MET, "Art. 37");
    }

    @Test
    void anArticleOutsideArticles7To17IsNoConventionOffence() throws IOException {
        k.insult.setConventionArticle("Art. 18");
        k.drafted("m", Instrument.MLA_STORED_DATA, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.insult));
        assertFinding(k.decide("m", FULL_MLA), "scope", Outcome.BREACHED, "Art. 35", "Art. 2(h)");
    }

    @Test
    void scopeIsSilentWhenAnotherTreatyIsTheBasis() throws IOException {
        k.drafted("m", Instrument.MLA_STORED_DATA, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.insult))
                .setLegalBasis(LegalBasis.OTHER_TREATY);
        Evaluation e = k.decide("m", FULL_MLA);
        assertSilent(e, "scope");
        assertEquals(Verdict.COMPLIANT, e.verdict());
    }
}
