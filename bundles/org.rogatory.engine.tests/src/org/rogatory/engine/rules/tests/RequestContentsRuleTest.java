package org.rogatory.engine.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rogatory.engine.rules.tests.Casebook.FULL_MLA;
import static org.rogatory.engine.rules.tests.Casebook.FULL_PRESERVATION;
import static org.rogatory.engine.rules.tests.Casebook.assertFinding;
import static org.rogatory.engine.rules.tests.Casebook.assertSilent;
import static org.rogatory.engine.rules.tests.Casebook.rulesWith;
import static org.rogatory.engine.rules.tests.Casebook.scores;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Verdict;

/** Every mandatory element must be in the request that is actually sent; a missing one makes it defective. */
class RequestContentsRuleTest {

    private final Casebook k = new Casebook();

    @Test
    void aCompletePreservationRequestMeetsTheList() throws IOException {
        k.drafted("p", Instrument.PRESERVATION_REQUEST, k.d, Channel.TWENTY_FOUR_SEVEN, k.offence(k.access));
        Evaluation e = k.decide("p", FULL_PRESERVATION);
        assertEquals(Verdict.COMPLIANT, e.verdict());
        assertFinding(e, "request-contents", Outcome.MET, "Art. 42");
    }

    @Test
    void aPreservationRequestWithoutTheIntentToSendMlaIsDefective() throws IOException {
        k.drafted("p", Instrument.PRESERVATION_REQUEST, k.d, Channel.TWENTY_FOUR_SEVEN, k.offence(k.access));
        String[] sent = Arrays.stream(FULL_PRESERVATION).filter(s -> !s.equals("intent-to-submit-mla"))
                .toArray(String[]::new);
        Evaluation e = k.decide("p", sent);
        assertEquals(Verdict.NON_COMPLIANT, e.verdict());
        Finding contents = assertFinding(e, "request-contents", Outcome.BREACHED, "Art. 42");
        assertTrue(contents.explanation().contains(
                "It does not contain: that an MLA request to search, seize or disclose the data will follow."),
                contents.explanation());
        assertEquals(List.of("request-contents"), rulesWith(e, Outcome.BREACHED));
        assertEquals(scores("legality", -2), e.scoreDeltas());
    }

    @Test
    void manyMissingElementsAreNamedThenCounted() throws IOException {
        k.drafted("p", Instrument.PRESERVATION_REQUEST, k.d, Channel.TWENTY_FOUR_SEVEN, k.offence(k.access));
        Finding contents = assertFinding(k.decide("p", "requesting-authority"), "request-contents",
                Outcome.BREACHED, "Art. 42");
        assertTrue(contents.explanation().contains("; and 2 more."), contents.explanation());
    }

    @Test
    void optionalElementsMayBeLeftOut() throws IOException {
        k.drafted("m", Instrument.MLA_STORED_DATA, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.access));
        assertFinding(k.decide("m", FULL_MLA), "request-contents", Outcome.MET, "Art. 40");
    }

    @Test
    void contentsTheAuthorWroteAreJudgedWhenTheTraineeDoesNotDraft() throws IOException {
        Action m = k.action("m", Instrument.MLA_STORED_DATA, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.access));
        m.getRequestElements().addAll(List.of("requesting-authority", "subject-and-nature", "facts-summary",
                "assistance-sought"));
        Finding contents = assertFinding(k.decide("m", FULL_MLA), "request-contents", Outcome.BREACHED, "Art. 40");
        assertTrue(contents.explanation().contains("the purpose of the evidence"), contents.explanation());
    }

    @Test
    void anActionThatDoesNotModelDraftingIsNotJudgedOnContents() throws IOException {
        k.action("m", Instrument.MLA_STORED_DATA, k.d, Channel.CENTRAL_AUTHORITY, k.offence(k.access));
        assertSilent(k.decide("m"), "request-contents");
    }
}
