package org.rogatory.model.tests;

import static org.rogatory.model.tests.Elements.F;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.ActionTakenCondition;
import org.rogatory.model.scenario.Asset;
import org.rogatory.model.scenario.AssetKind;
import org.rogatory.model.scenario.AssetStatus;
import org.rogatory.model.scenario.AssetStatusChange;
import org.rogatory.model.scenario.AssetStatusCondition;
import org.rogatory.model.scenario.Authority;
import org.rogatory.model.scenario.AuthorityKind;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.CloseDecisionPoint;
import org.rogatory.model.scenario.Conduct;
import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.Court;
import org.rogatory.model.scenario.DataCategory;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Declaration;
import org.rogatory.model.scenario.DeclarationKind;
import org.rogatory.model.scenario.Difficulty;
import org.rogatory.model.scenario.DomesticOffence;
import org.rogatory.model.scenario.EndScenario;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.EvidenceStatusChange;
import org.rogatory.model.scenario.EvidenceStatusCondition;
import org.rogatory.model.scenario.Feedback;
import org.rogatory.model.scenario.Flag;
import org.rogatory.model.scenario.FlagCondition;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.LearningObjective;
import org.rogatory.model.scenario.LegalBasis;
import org.rogatory.model.scenario.LogicalOperator;
import org.rogatory.model.scenario.Message;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.PenaltyKind;
import org.rogatory.model.scenario.Person;
import org.rogatory.model.scenario.PersonRole;
import org.rogatory.model.scenario.ProviderKind;
import org.rogatory.model.scenario.RequestIncludesCondition;
import org.rogatory.model.scenario.Reveal;
import org.rogatory.model.scenario.Rubric;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScoreEffect;
import org.rogatory.model.scenario.ServiceProvider;
import org.rogatory.model.scenario.SetFlag;
import org.rogatory.model.scenario.State;
import org.rogatory.model.scenario.TimeCondition;
import org.rogatory.model.scenario.TimedEvent;
import org.rogatory.model.scenario.TraineeRole;
import org.rogatory.model.scenario.Urgency;
import org.rogatory.model.scenario.Verdict;

/**
 * A pack that uses every {@link Instrument}, every consequence and condition class and most features, in two scenarios
 * (a requesting and a requested side). The round-trip tests save and reload it; its saved form is committed as
 * {@code fixtures/every-instrument/} so that a change in how the format is written shows up as a failing test.
 */
final class EveryInstrumentPack {

    private final Pack pack = F.createPack();
    private final State aurelia = Elements.state("A", "AU", "Aurelia");
    private final State borduria = Elements.state("B", "BD", "Borduria");
    private final State carpania = Elements.state("C", "CP", "Carpania");
    private final Conduct access = Elements.conduct("illegal-access", "Illegal access", "Art. 7");
    private final Conduct extortion = Elements.conduct("extortion", "Ransomware extortion", null);
    private final Rubric rubric = Elements.rubric("standard", "Standard rubric", "legality", "timeliness", "evidence");

    static Pack build() {
        return new EveryInstrumentPack().pack;
    }

    private EveryInstrumentPack() {
        pack.setId("every-instrument");
        pack.setVersion("1.0.0");
        pack.setTitle("Every instrument");
        pack.setDescription("A test pack that uses every instrument of the scenario format.\nSecond paragraph.");
        pack.getAuthors().addAll(List.of("Rogatory test authors", "Ada Example"));
        pack.setLicence("CC-BY-4.0");
        pack.setSourceLanguage("en");
        pack.getLanguages().addAll(List.of("en", "fr", "pt-BR"));
        pack.setFormatVersion("1.0");
        pack.setMinRogatoryVersion("0.1");
        access.setDescription("Access to a computer system without right.");
        pack.getConducts().addAll(List.of(access, extortion));
        rubric.getCriteria().get(0).setWeight(3);
        rubric.getCriteria().get(0).setDescription("Every step has a legal basis.");
        pack.getRubrics().add(rubric);
        buildStates();
        pack.getScenarios().add(new Intake().scenario);
        pack.getScenarios().add(new Response().scenario);
    }

    private void buildStates() {
        aurelia.setConventionStatus(ConventionStatus.PARTY);
        aurelia.setSignatureDate("2025-10-25");
        aurelia.setRatificationDate("2026-01-15");
        aurelia.setEntryIntoForceDate("2026-04-15");
        Authority ministry = Elements.authority(aurelia, "a-ministry", "Aurelian Ministry of Justice",
                AuthorityKind.MINISTRY);
        Authority police = Elements.authority(aurelia, "a-police", "Aurelian Cybercrime Unit", AuthorityKind.POLICE);
        Elements.authority(aurelia, "a-prosecution", "Aurelian Prosecution Service", AuthorityKind.PROSECUTION);
        aurelia.setCentralAuthority(ministry);
        aurelia.setExtraditionAuthority(ministry);
        aurelia.setPointOfContact(police);
        aurelia.getDeclarations().add(declaration("a-languages", DeclarationKind.DECLARATION, "accepted-languages",
                "en", "fr"));
        aurelia.getCourts().add(court("a-court", "Aurelian District Court"));
        aurelia.getDomesticOffences().add(domesticOffence("a-access", access, PenaltyKind.IMPRISONMENT, 36));
        borduria.setConventionStatus(ConventionStatus.SIGNATORY);
        borduria.setFictional(true);
        borduria.setExtraditesNationals(true);
        Authority central = Elements.authority(borduria, "b-central", "Bordurian Central Authority",
                AuthorityKind.MINISTRY);
        Elements.authority(borduria, "b-fiu", "Bordurian Financial Intelligence Unit",
                AuthorityKind.FINANCIAL_INTELLIGENCE_UNIT);
        borduria.setCentralAuthority(central);
        borduria.setPointOfContact(central);
        borduria.getDomesticOffences().add(domesticOffence("b-extortion", extortion, PenaltyKind.LIFE_IMPRISONMENT, 0));
        carpania.setConventionStatus(ConventionStatus.NON_SIGNATORY);
        Elements.authority(carpania, "c-other", "Carpanian Interior Office", AuthorityKind.OTHER);
        carpania.getDeclarations().add(declaration("c-reservation", DeclarationKind.RESERVATION,
                "preservation-dual-criminality", "yes"));
        carpania.getDeclarations().add(declaration("c-notice", DeclarationKind.NOTIFICATION,
                "diplomatic-channel-required"));
        carpania.getDomesticOffences().add(domesticOffence("c-access", access, PenaltyKind.FINE_ONLY, 0));
        pack.getCast().addAll(List.of(aurelia, borduria, carpania));
    }

    private static Declaration declaration(String id, DeclarationKind kind, String topic, String... values) {
        Declaration declaration = F.createDeclaration();
        declaration.setId(id);
        declaration.setKind(kind);
        declaration.setTopic(topic);
        declaration.setArticle("Art. 40(14)");
        declaration.getValues().addAll(List.of(values));
        declaration.setDate("2026-01-15");
        declaration.setSummary("Summary of " + id + ".");
        return declaration;
    }

    private static Court court(String id, String name) {
        Court court = F.createCourt();
        court.setId(id);
        court.setName(name);
        court.setDescription("Issues production orders and warrants.");
        return court;
    }

    private static DomesticOffence domesticOffence(String id, Conduct conduct, PenaltyKind penalty, int months) {
        DomesticOffence offence = F.createDomesticOffence();
        offence.setId(id);
        offence.setName("Offence " + id);
        offence.setProvision("Penal Code, s. 212");
        offence.getConducts().add(conduct);
        offence.setMaximumPenalty(penalty);
        offence.setMaximumMonths(months);
        return offence;
    }

    /** Turns an instrument into an action id, e.g. {@code PRESERVATION_ORDER} into {@code preservation-order}. */
    private static String idOf(Instrument instrument) {
        return instrument.getLiteral().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The requesting side: a prosecutor in Aurelia, instruments OTHER to PRESERVATION_REQUEST. */
    private final class Intake {
        final Scenario scenario = F.createScenario();
        final DecisionPoint first = Elements.decisionPoint("first-day", "The first day");
        final DecisionPoint second = Elements.decisionPoint("second-day", "The second day");
        final DecisionPoint late = Elements.decisionPoint("press-leak", "The press leak");
        final ServiceProvider cloud = F.createServiceProvider();
        final Person suspect = F.createPerson();
        final Person victim = F.createPerson();
        final Offence ransom = Elements.offence("ransom", "Ransomware attack on the hospital", extortion, aurelia,
                borduria);
        final DataItem logs = Elements.dataItem("logs", "Server access logs", DataCategory.TRAFFIC_DATA);
        final DataItem subscriber = Elements.dataItem("subscriber", "Account holder",
                DataCategory.SUBSCRIBER_INFORMATION);
        final Asset wallet = F.createAsset();
        final Flag warned = F.createFlag();

        Intake() {
            scenario.setId("intake");
            scenario.setTitle("Ransomware at the hospital");
            scenario.setBriefing("The hospital of Aurelia is locked by ransomware.\nThe servers are in Borduria.");
            scenario.setDifficulty(Difficulty.INTERMEDIATE);
            scenario.setExpectedDuration(90);
            scenario.setTraineeRole(TraineeRole.PROSECUTOR);
            scenario.setHomeState(aurelia);
            scenario.setTraineeAuthority(aurelia.getAuthorities().get(2));
            scenario.setClockStart("2026-03-02T09:00");
            scenario.setTimeBudget(4320);
            scenario.getCast().addAll(List.of(aurelia, borduria, carpania));
            scenario.setRubric(rubric);
            scenario.getObjectives().add(objective());
            buildCase();
            buildDecisions();
            buildEvents();
            scenario.getReferencePath().add(Elements.step("step-preserve", action(Instrument.PRESERVATION_REQUEST),
                    "Preserve before the logs are deleted."));
            scenario.getReferencePath().add(Elements.step("step-production", action(Instrument.PRODUCTION_ORDER),
                    "Then obtain them."));
        }

        private LearningObjective objective() {
            LearningObjective objective = F.createLearningObjective();
            objective.setId("objective-preserve");
            objective.setText("Preserve volatile data before requesting it.");
            objective.getArticles().addAll(List.of("Art. 42", "Art. 25(1)(a)"));
            return objective;
        }

        private void buildCase() {
            cloud.setId("cloudco");
            cloud.setName("CloudCo");
            cloud.setKind(ProviderKind.CLOUD);
            cloud.setKnownAtStart(false);
            cloud.setEstablishedIn(borduria);
            cloud.getOffersServicesIn().addAll(List.of(aurelia, borduria));
            cloud.getRetentionPolicies().add(Elements.retention(DataCategory.TRAFFIC_DATA, 90));
            cloud.getRetentionPolicies().add(Elements.retention(DataCategory.CONTENT_DATA, 30));
            scenario.getProviders().add(cloud);
            suspect.setId("suspect");
            suspect.setName("J. Doe");
            suspect.getRoles().add(PersonRole.SUSPECT);
            suspect.getNationalities().add(borduria);
            suspect.setLocation(borduria);
            victim.setId("hospital");
            victim.setName("Aurelia General Hospital");
            victim.getRoles().addAll(List.of(PersonRole.VICTIM, PersonRole.WITNESS, PersonRole.OTHER));
            victim.setLegalPerson(true);
            victim.setLocation(aurelia);
            scenario.getPersons().addAll(List.of(suspect, victim));
            ransom.setFacts("The attackers encrypted the hospital records.");
            ransom.getSuspects().add(suspect);
            scenario.getOffences().add(ransom);
            logs.setStatus(EvidenceStatus.AT_RISK);
            logs.setDeletionAt(2880);
            logs.setHolder(cloud);
            logs.setLocation(borduria);
            logs.getRelatedOffences().add(ransom);
            subscriber.setStatus(EvidenceStatus.DISCLOSED);
            scenario.getDataItems().addAll(List.of(logs, subscriber));
            wallet.setId("wallet");
            wallet.setName("Ransom wallet");
            wallet.setKind(AssetKind.VIRTUAL_ASSET);
            wallet.setStatus(AssetStatus.AT_RISK);
            wallet.setEstimatedValue(new BigDecimal("125000.50"));
            wallet.setCurrency("USD");
            wallet.setHolder(suspect);
            wallet.setLocation(borduria);
            scenario.getAssets().add(wallet);
            warned.setId("suspect-warned");
            warned.setNote("Set when the suspect learns of the investigation.");
            scenario.getFlags().add(warned);
        }

        private void buildDecisions() {
            List<Instrument> instruments = Instrument.VALUES.subList(0, 20);
            for (int i = 0; i < instruments.size(); i++) {
                Instrument instrument = instruments.get(i);
                Elements.action(i >= 10 ? first : second, idOf(instrument), "Use " + instrument.getName(), instrument);
            }
            Elements.action(late, "comment", "Comment on the leak", Instrument.OTHER).setRepeatable(true);
            enrichPreservation(action(Instrument.PRESERVATION_REQUEST));
            enrichFreezing(action(Instrument.FREEZING_OR_SEIZURE));
            Action production = action(Instrument.PRODUCTION_ORDER);
            production.setAvailableWhen(actionTaken(action(Instrument.PRESERVATION_REQUEST)));
            Action network = action(Instrument.NETWORK_ASSISTANCE);
            CloseDecisionPoint close = F.createCloseDecisionPoint();
            close.getDecisionPoints().add(first);
            network.getConsequences().add(close);
            scenario.getDecisionPoints().addAll(List.of(first, second, late));
            scenario.setStart(first);
        }

        private void enrichPreservation(Action preserve) {
            preserve.setDescription("Ask the Bordurian 24/7 point of contact to preserve the logs.");
            preserve.setTargetState(borduria);
            preserve.setAddressee(borduria.getPointOfContact());
            preserve.setChannel(Channel.TWENTY_FOUR_SEVEN);
            preserve.setLegalBasis(LegalBasis.CONVENTION);
            preserve.getInvokedArticles().add("Art. 42");
            preserve.getRequestElements().addAll(List.of("offence-summary", "data-description"));
            preserve.setTraineeDrafts(true);
            preserve.getOffences().add(ransom);
            preserve.getDataItems().add(logs);
            preserve.setUrgency(Urgency.URGENT);
            preserve.getGrounds().add("risk-of-loss");
            preserve.setCost(60);
            TimeCondition after = F.createTimeCondition();
            after.setAfter(0);
            FlagCondition warnedCondition = F.createFlagCondition();
            warnedCondition.setFlag(warned);
            preserve.setAvailableWhen(Elements.group(LogicalOperator.ALL_OF, after,
                    Elements.group(LogicalOperator.NONE_OF, warnedCondition)));
            EvidenceStatusChange preserved = F.createEvidenceStatusChange();
            preserved.getDataItems().add(logs);
            preserved.setStatus(EvidenceStatus.PRESERVED);
            preserved.setDelay(120);
            preserved.setOnlyIf(evidenceIs(EvidenceStatus.AT_RISK));
            Message acknowledged = F.createMessage();
            acknowledged.setId("ack");
            acknowledged.setSender(borduria.getPointOfContact());
            acknowledged.setSubject("Preservation confirmed");
            acknowledged.setText("The logs are preserved for 90 days.");
            acknowledged.setDelay(240);
            SetFlag setWarned = F.createSetFlag();
            setWarned.setFlag(warned);
            setWarned.setValue(false);
            ScoreEffect score = F.createScoreEffect();
            score.setCriterion(rubric.getCriteria().get(0));
            score.setDelta(10);
            Reveal reveal = F.createReveal();
            reveal.getTargets().add(cloud);
            preserve.getConsequences().addAll(List.of(preserved, acknowledged, setWarned, score, reveal));
            preserve.getNext().add(second);
            Feedback feedback = F.createFeedback();
            feedback.setId("preserve-feedback");
            feedback.setExplanation("Preservation through the 24/7 network is the fastest lawful step.");
            feedback.getCitations().addAll(List.of("Art. 42", "Art. 42(1)"));
            feedback.setExpectedVerdict(Verdict.COMPLIANT);
            preserve.setFeedback(feedback);
        }

        private void enrichFreezing(Action freeze) {
            freeze.getAssets().add(wallet);
            freeze.getPersons().add(suspect);
            AssetStatusCondition atRisk = F.createAssetStatusCondition();
            atRisk.setAsset(wallet);
            atRisk.setStatus(AssetStatus.AT_RISK);
            freeze.setAvailableWhen(atRisk);
            AssetStatusChange frozen = F.createAssetStatusChange();
            frozen.getAssets().add(wallet);
            frozen.setStatus(AssetStatus.FROZEN);
            freeze.getConsequences().add(frozen);
            Feedback feedback = F.createFeedback();
            feedback.setId("freeze-feedback");
            feedback.setExplanation("Domestic freezing does not reach a wallet abroad.");
            feedback.setExpectedVerdict(Verdict.NON_COMPLIANT);
            freeze.setFeedback(feedback);
        }

        private void buildEvents() {
            TimedEvent deletion = Elements.timedEvent("deletion", "The logs are deleted", 2880);
            EvidenceStatusChange lost = F.createEvidenceStatusChange();
            lost.getDataItems().add(logs);
            lost.setStatus(EvidenceStatus.LOST);
            lost.setOnlyIf(evidenceIs(EvidenceStatus.AT_RISK));
            deletion.getConsequences().add(lost);
            TimedEvent leak = F.createTimedEvent();
            leak.setId("leak");
            leak.setTitle("A newspaper reports the attack");
            RequestIncludesCondition drafted = F.createRequestIncludesCondition();
            drafted.setAction(action(Instrument.PRESERVATION_REQUEST));
            drafted.getElements().add("offence-summary");
            leak.setWhen(Elements.group(LogicalOperator.ANY_OF, drafted, actionTaken(action(Instrument.OTHER))));
            leak.getConsequences().add(Elements.open(late));
            scenario.getTimedEvents().addAll(List.of(deletion, leak));
        }

        private EvidenceStatusCondition evidenceIs(EvidenceStatus status) {
            EvidenceStatusCondition condition = F.createEvidenceStatusCondition();
            condition.setDataItem(logs);
            condition.setStatus(status);
            return condition;
        }

        private Action action(Instrument instrument) {
            return find(List.of(first, second, late), instrument);
        }
    }

    /** The requested side: a central authority officer in Borduria, instruments MLA_STORED_DATA to the last. */
    private final class Response {
        final Scenario scenario = F.createScenario();
        final DecisionPoint incoming = Elements.decisionPoint("incoming", "A request arrives");
        final DecisionPoint decide = Elements.decisionPoint("decide", "Decide on the request");

        Response() {
            scenario.setId("response");
            scenario.setTitle("A request from Aurelia");
            scenario.setBriefing("Aurelia asks Borduria for stored data.");
            scenario.setDifficulty(Difficulty.ADVANCED);
            scenario.setTraineeRole(TraineeRole.CENTRAL_AUTHORITY_OFFICER);
            scenario.setHomeState(borduria);
            scenario.setTraineeAuthority(borduria.getCentralAuthority());
            scenario.setClockStart("2026-05-04T08:30:00");
            scenario.setTimeBudget(10080);
            scenario.getCast().addAll(List.of(aurelia, borduria));
            scenario.setRubric(rubric);
            scenario.getOffences().add(Elements.offence("hospital-attack", "Attack on the hospital", extortion,
                    aurelia));
            List<Instrument> instruments = Instrument.VALUES.subList(20, Instrument.VALUES.size());
            for (int i = 0; i < instruments.size(); i++) {
                Instrument instrument = instruments.get(i);
                Action action = Elements.action(i >= 11 ? incoming : decide, idOf(instrument),
                        "Use " + instrument.getName(), instrument);
                action.setRepeatable(i % 2 == 0);
            }
            Action consult = find(List.of(incoming), Instrument.CONSULT);
            consult.getConsequences().add(Elements.open(decide));
            EndScenario end = F.createEndScenario();
            end.setId("end-executed");
            end.setEpilogue("The data reaches Aurelia in time.");
            find(List.of(decide), Instrument.EXECUTE).getConsequences().add(end);
            Feedback feedback = F.createFeedback();
            feedback.setId("refuse-feedback");
            feedback.setExplanation("Refusal needs a ground the Convention allows.");
            find(List.of(incoming, decide), Instrument.REFUSE).setFeedback(feedback);
            scenario.getDecisionPoints().addAll(List.of(incoming, decide));
            scenario.setStart(incoming);
            scenario.getReferencePath().add(Elements.step("step-consult", consult, "Consult first."));
        }
    }

    private static Action find(List<DecisionPoint> points, Instrument instrument) {
        return points.stream().flatMap(p -> p.getActions().stream()).filter(a -> a.getInstrument() == instrument)
                .findFirst().orElseThrow();
    }

    private static ActionTakenCondition actionTaken(Action action) {
        ActionTakenCondition condition = F.createActionTakenCondition();
        condition.setAction(action);
        return condition;
    }
}
