package org.rogatory.engine.session.tests;

import java.util.List;
import java.util.Map;

import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.evaluation.Evaluator;
import org.rogatory.engine.session.ClockPolicy;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.Session;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Consequence;
import org.rogatory.model.scenario.DataCategory;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.EvidenceStatusChange;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.RetentionPolicy;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.ServiceProvider;
import org.rogatory.model.scenario.Verdict;

/**
 * A small case built in code for the clock and session tests: a provider that keeps traffic logs for 10 days, a
 * preservation request (cost 1 hour, the provider confirms 2 hours later), an MLA request for the same logs, waiting.
 */
final class TinyCase {

    static final int DAY = ClockPolicy.MINUTES_PER_DAY;
    static final ClockPolicy POLICY = new ClockPolicy(60, 90);
    static final ScenarioFactory F = ScenarioFactory.eINSTANCE;

    final Scenario scenario = F.createScenario();
    final DataItem logs = F.createDataItem();
    final DecisionPoint start = F.createDecisionPoint();
    final Action preserve = action("preserve", Instrument.PRESERVATION_REQUEST, 60);
    final Action mla = action("mla", Instrument.MLA_STORED_DATA, 120);
    final Action waitADay = action("wait", Instrument.WAIT, DAY);

    TinyCase() {
        scenario.setId("tiny");
        scenario.setTitle("Tiny case");
        scenario.setTimeBudget(200 * DAY);
        ServiceProvider provider = F.createServiceProvider();
        provider.setId("cloudco");
        provider.setName("CloudCo");
        RetentionPolicy retention = F.createRetentionPolicy();
        retention.setCategory(DataCategory.TRAFFIC_DATA);
        retention.setDays(10);
        provider.getRetentionPolicies().add(retention);
        scenario.getProviders().add(provider);
        logs.setId("logs");
        logs.setName("Server logs");
        logs.setCategory(DataCategory.TRAFFIC_DATA);
        logs.setHolder(provider);
        scenario.getDataItems().add(logs);
        start.setId("dp1");
        start.setTitle("First hours");
        start.getActions().addAll(List.of(preserve, mla, waitADay));
        waitADay.setRepeatable(true);
        scenario.getDecisionPoints().add(start);
        scenario.setStart(start);
        preserve.getConsequences().add(status(EvidenceStatus.PRESERVED, 120));
        preserve.getDataItems().add(logs);
        mla.getDataItems().add(logs);
    }

    private static Action action(String id, Instrument instrument, int cost) {
        Action action = F.createAction();
        action.setId(id);
        action.setLabel(id);
        action.setInstrument(instrument);
        action.setCost(cost);
        return action;
    }

    EvidenceStatusChange status(EvidenceStatus status, int delay) {
        EvidenceStatusChange change = F.createEvidenceStatusChange();
        change.getDataItems().add(logs);
        change.setStatus(status);
        change.setDelay(delay);
        return change;
    }

    /** An evaluator that finds every decision compliant and gives one point of "legality", so scoring is visible. */
    static final Evaluator ALWAYS_COMPLIANT = (view, action, input) -> new Evaluation(Verdict.COMPLIANT, List.of(),
            List.of(), "ok", Map.of("legality", 1));

    Session start() {
        return start(DecisionListener.NONE);
    }

    Session start(DecisionListener listener) {
        return Session.start(scenario, 42L, POLICY, ALWAYS_COMPLIANT, listener);
    }

    static <T extends Consequence> T add(Action action, T consequence) {
        action.getConsequences().add(consequence);
        return consequence;
    }
}
