package org.rogatory.engine.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rogatory.engine.rules.tests.Casebook.DAY;
import static org.rogatory.engine.rules.tests.Casebook.FULL_MLA;
import static org.rogatory.engine.rules.tests.Casebook.FULL_PRESERVATION;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.Decision;
import org.rogatory.engine.session.Session;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.Criterion;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.ReferenceStep;
import org.rogatory.model.scenario.Rubric;
import org.rogatory.model.scenario.Verdict;

/**
 * A whole case played through a session: intimate images of a victim in Arland were shared from an account whose
 * logs a provider in Delvia deletes after 10 days. The reference path preserves the logs through the 24/7 point,
 * then asks for them by MLA. The common mistake sends the MLA request first (it is answered after the deletion),
 * then a preservation request that forgets to announce the MLA request.
 */
class GoldenCaseTest {

    private static final List<String> RUBRIC = List.of("legality", "timeliness", "evidence", "rights",
            "efficiency");

    private final Casebook k = new Casebook();
    private final DecisionPoint followUp = Casebook.F.createDecisionPoint();

    GoldenCaseTest() {
        Rubric rubric = Casebook.F.createRubric();
        rubric.setId("rubric");
        for (String id : RUBRIC) {
            Criterion criterion = Casebook.F.createCriterion();
            criterion.setId(id);
            criterion.setLabel(id);
            rubric.getCriteria().add(criterion);
        }
        k.scenario.setRubric(rubric);
        Offence images = k.offence(k.images);
        DataItem logs = k.data("account-logs", k.d, 10);
        Action preserve = k.drafted("preserve", Instrument.PRESERVATION_REQUEST, k.d, Channel.TWENTY_FOUR_SEVEN,
                images);
        Casebook.secures(preserve, logs, EvidenceStatus.PRESERVED, 120);
        preserve.getNext().add(followUp);
        Action mlaNow = k.drafted("mla-now", Instrument.MLA_STORED_DATA, k.d, Channel.CENTRAL_AUTHORITY, images);
        Casebook.secures(mlaNow, logs, EvidenceStatus.DISCLOSED, 30 * DAY);
        followUp.setId("follow-up");
        followUp.setTitle("The logs are preserved");
        k.scenario.getDecisionPoints().add(followUp);
        Action mla = Casebook.F.createAction();
        mla.setId("mla");
        mla.setLabel("mla");
        mla.setInstrument(Instrument.MLA_STORED_DATA);
        mla.setTargetState(k.d);
        mla.setChannel(Channel.CENTRAL_AUTHORITY);
        mla.setTraineeDrafts(true);
        mla.setCost(60);
        mla.getOffences().add(images);
        Casebook.secures(mla, logs, EvidenceStatus.DISCLOSED, 30 * DAY);
        followUp.getActions().add(mla);
        for (Action step : List.of(preserve, mla)) {
            ReferenceStep reference = Casebook.F.createReferenceStep();
            reference.setAction(step);
            k.scenario.getReferencePath().add(reference);
        }
    }

    private static List<Verdict> verdicts(Session session) {
        return session.view().decisions().stream().map(Decision::evaluation).map(Evaluation::verdict).toList();
    }

    @Test
    void theReferencePathIsCompliantThroughout() throws IOException {
        Session session = k.session();
        session.take("preserve", new ActionInput(List.of(FULL_PRESERVATION)));
        for (ReferenceStep step : k.scenario.getReferencePath().subList(1, 2)) {
            session.take(step.getAction().getId(), new ActionInput(List.of(FULL_MLA)));
        }
        assertEquals(List.of(Verdict.COMPLIANT, Verdict.COMPLIANT), verdicts(session));
        assertEquals(Map.of("legality", 2, "timeliness", 2, "evidence", 0, "rights", 0, "efficiency", 0),
                session.view().scores());
    }

    @Test
    void theCommonMistakeIsWeakerThenNonCompliant() throws IOException {
        Session session = k.session();
        session.take("mla-now", new ActionInput(List.of(FULL_MLA)));
        String[] forgetful = Arrays.stream(FULL_PRESERVATION).filter(s -> !s.equals("intent-to-submit-mla"))
                .toArray(String[]::new);
        Decision last = session.take("preserve", new ActionInput(List.of(forgetful)));
        assertEquals(List.of(Verdict.COMPLIANT_WEAKER, Verdict.NON_COMPLIANT), verdicts(session));
        assertEquals(List.of("request-contents"), Casebook.rulesWith(last.evaluation(),
                org.rogatory.engine.evaluation.Evaluation.Outcome.BREACHED));
        assertEquals(Map.of("legality", -1, "timeliness", 1, "evidence", 0, "rights", 0, "efficiency", 0),
                session.view().scores());
    }
}
