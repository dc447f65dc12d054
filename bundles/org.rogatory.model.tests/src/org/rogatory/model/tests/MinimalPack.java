package org.rogatory.model.tests;

import static org.rogatory.model.tests.Elements.F;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Authority;
import org.rogatory.model.scenario.AuthorityKind;
import org.rogatory.model.scenario.Conduct;
import org.rogatory.model.scenario.DataCategory;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Feedback;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.LearningObjective;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Rubric;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ServiceProvider;
import org.rogatory.model.scenario.State;

/**
 * The smallest pack that exercises every constraint and still validates cleanly: two States, one scenario with a
 * provider, two decision points, a timed event and a reference path. Each constraint test breaks exactly one thing in
 * it, so a failing test points at one rule. Pack and scenario sit in resources of one resource set, as after loading,
 * so EMF's own reference checks pass. Its saved form is the fixture {@code fixtures/minimal/}.
 */
final class MinimalPack {

    final Pack pack = F.createPack();
    final Scenario scenario = F.createScenario();
    final State home = Elements.state("B", "BD", "Borduria");
    final State foreign = Elements.state("C", "CP", "Carpania");
    final State outsider = Elements.state("X", "XX", "Outland");
    final Authority homeCentral = Elements.authority(home, "b-ca", "Borduria Ministry of Justice",
            AuthorityKind.MINISTRY);
    final Authority foreignCentral = Elements.authority(foreign, "c-ca", "Carpania Central Authority",
            AuthorityKind.MINISTRY);
    final ServiceProvider provider = F.createServiceProvider();
    final DataItem logs = Elements.dataItem("logs", "Server access logs", DataCategory.TRAFFIC_DATA);
    final DecisionPoint start = Elements.decisionPoint("dp-start", "The first morning");
    final DecisionPoint followUp = Elements.decisionPoint("dp-follow", "The answer arrives");
    final Action preserve = Elements.action(start, "preserve", "Ask Carpania to preserve the logs",
            Instrument.PRESERVATION_REQUEST);
    final Action request = Elements.action(followUp, "request", "Send a request for the logs",
            Instrument.MLA_STORED_DATA);

    MinimalPack() {
        pack.setId("minimal");
        pack.setVersion("1.0.0");
        pack.setTitle("Minimal pack");
        pack.setLicence("CC-BY-4.0");
        pack.setSourceLanguage("en");
        pack.getLanguages().add("en");
        pack.getLanguages().add("fr");
        pack.setFormatVersion("1.0");
        pack.setMinRogatoryVersion("0.1");
        home.setCentralAuthority(homeCentral);
        foreign.setCentralAuthority(foreignCentral);
        pack.getCast().add(home);
        pack.getCast().add(foreign);
        pack.getCast().add(outsider);
        Conduct access = Elements.conduct("illegal-access", "Illegal access", "Art. 7");
        pack.getConducts().add(access);
        Rubric rubric = Elements.rubric("standard", "Standard rubric", "legality");
        pack.getRubrics().add(rubric);
        buildScenario(access, rubric);
        pack.getScenarios().add(scenario);
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.createResource(URI.createURI("memory:/minimal/pack.rogatory")).getContents().add(pack);
        resourceSet.createResource(URI.createURI("memory:/minimal/case.rogatory")).getContents().add(scenario);
    }

    private void buildScenario(Conduct access, Rubric rubric) {
        scenario.setId("case");
        scenario.setTitle("A server in Carpania");
        scenario.setBriefing("Logs that identify an intruder are held in Carpania.");
        scenario.setHomeState(home);
        scenario.setTraineeAuthority(homeCentral);
        scenario.setClockStart("2026-03-02T09:00");
        scenario.setTimeBudget(4320);
        scenario.getCast().add(home);
        scenario.getCast().add(foreign);
        scenario.setRubric(rubric);
        LearningObjective objective = F.createLearningObjective();
        objective.setId("objective");
        objective.setText("Preserve data before asking for it.");
        objective.getArticles().add("Art. 42");
        scenario.getObjectives().add(objective);
        provider.setId("hostco");
        provider.setName("HostCo");
        provider.setEstablishedIn(foreign);
        provider.getRetentionPolicies().add(Elements.retention(DataCategory.TRAFFIC_DATA, 90));
        scenario.getProviders().add(provider);
        scenario.getOffences().add(Elements.offence("intrusion", "Intrusion into the registry", access, home));
        logs.setHolder(provider);
        logs.setLocation(foreign);
        scenario.getDataItems().add(logs);
        preserve.setTargetState(foreign);
        preserve.setAddressee(foreignCentral);
        preserve.getInvokedArticles().add("Art. 42");
        preserve.getNext().add(followUp);
        Feedback feedback = F.createFeedback();
        feedback.setId("preserve-feedback");
        feedback.setExplanation("Preservation first keeps the logs from being deleted.");
        feedback.getCitations().add("Art. 42(1)");
        preserve.setFeedback(feedback);
        request.setTargetState(foreign);
        scenario.getDecisionPoints().add(start);
        scenario.getDecisionPoints().add(followUp);
        scenario.setStart(start);
        scenario.getTimedEvents().add(Elements.timedEvent("deletion", "The logs are deleted", 2880));
        scenario.getReferencePath().add(Elements.step("step-1", preserve, "Preserve first."));
        scenario.getReferencePath().add(Elements.step("step-2", request, "Then ask for the logs."));
    }
}
