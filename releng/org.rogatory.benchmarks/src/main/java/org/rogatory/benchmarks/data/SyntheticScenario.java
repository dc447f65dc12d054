package org.rogatory.benchmarks.data;

import static org.rogatory.benchmarks.data.ModelKit.DAY;
import static org.rogatory.benchmarks.data.ModelKit.F;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.rogatory.model.scenario.Asset;
import org.rogatory.model.scenario.AssetKind;
import org.rogatory.model.scenario.AssetStatus;
import org.rogatory.model.scenario.AuthorityKind;
import org.rogatory.model.scenario.Conduct;
import org.rogatory.model.scenario.Criterion;
import org.rogatory.model.scenario.DataCategory;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Difficulty;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Flag;
import org.rogatory.model.scenario.LearningObjective;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.Person;
import org.rogatory.model.scenario.PersonRole;
import org.rogatory.model.scenario.ProviderKind;
import org.rogatory.model.scenario.ReferenceStep;
import org.rogatory.model.scenario.RetentionPolicy;
import org.rogatory.model.scenario.Rubric;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ServiceProvider;
import org.rogatory.model.scenario.State;
import org.rogatory.model.scenario.TraineeRole;

/**
 * One generated case, shaped like the hand-written ones: a briefing, objectives, three providers abroad holding
 * traffic, content and subscriber data with retention periods, suspects, victims, offences, two assets, flags, the
 * decision points, two timed events and a reference path. Every random choice comes from a {@link Random} seeded with
 * the pack seed and the scenario's index.
 */
final class SyntheticScenario {

    private static final String[] THEMES = { "ransomware attack on a hospital",
        "business e-mail compromise at a shipping firm", "theft from a crypto-asset exchange",
        "phishing kit sold to fraud rings", "botnet that rents out denial-of-service attacks",
        "online investment fraud", "intrusion into a water utility" };
    private static final String[][] PROVIDERS = { { "Nimbus Cloud", "CLOUD" }, { "PostHarbor Mail", "COMMUNICATIONS" },
        { "CoinVault Exchange", "VIRTUAL_ASSET_SERVICE" } };

    private final Scenario scenario = F.createScenario();
    private final Random random;
    private final int index;

    SyntheticScenario(int index, int decisionPoints, long seed, SyntheticCast cast, List<Conduct> conducts,
            Rubric rubric) {
        this.index = index;
        this.random = new Random(seed * 1_000_003L + index);
        State home = cast.states().get(index % cast.states().size());
        header(home, cast.states(), rubric);
        CaseFile file = caseFile(home, cast.states(), conducts, rubric);
        List<DecisionPoint> points = new DecisionPoints(file).build(decisionPoints);
        scenario.getDecisionPoints().addAll(points);
        scenario.setStart(points.get(0));
        new TimedEvents(file).addTo(scenario);
        for (int i = 0; i < Math.min(3, points.size()); i++) {
            ReferenceStep step = F.createReferenceStep();
            step.setId("reference-" + (i + 1));
            step.setAction(points.get(i).getActions().get(0));
            step.setRationale("Step " + (i + 1) + " of the model answer: secure the data first, then ask for it.");
            scenario.getReferencePath().add(step);
        }
    }

    Scenario scenario() {
        return scenario;
    }

    private void header(State home, List<State> cast, Rubric rubric) {
        String theme = THEMES[index % THEMES.length];
        scenario.setId(SyntheticPack.scenarioId(index));
        scenario.setTitle("Case " + (index + 1) + ": " + theme);
        scenario.setBriefing("Investigators in " + home.getName() + " are looking into a " + theme + ". The "
                + "evidence sits with providers abroad and some of it will be deleted within days.\n"
                + "You lead the case for the " + SyntheticCast.adjective(home) + " Prosecution Service.");
        scenario.setDifficulty(Difficulty.get(index % 3));
        scenario.setExpectedDuration(90 + 15 * (index % 5));
        scenario.setTraineeRole(index % 4 == 3 ? TraineeRole.CENTRAL_AUTHORITY_OFFICER : TraineeRole.PROSECUTOR);
        scenario.setHomeState(home);
        scenario.setTraineeAuthority(SyntheticCast.authority(home, AuthorityKind.PROSECUTION));
        scenario.setClockStart(String.format("2026-%02d-%02dT09:00", 1 + index % 12, 1 + index % 28));
        scenario.setTimeBudget(30 * DAY);
        scenario.getCast().addAll(cast);
        scenario.setRubric(rubric);
        scenario.getObjectives().add(objective("objective-preserve",
                "Preserve volatile data before asking for it with an MLA request.", "Art. 42", "Art. 44"));
        scenario.getObjectives().add(objective("objective-channel",
                "Choose the channel that is lawful and fast enough for each step.", "Art. 40", "Art. 41"));
    }

    private CaseFile caseFile(State home, List<State> cast, List<Conduct> conducts, Rubric rubric) {
        List<State> abroad = new ArrayList<>(cast);
        abroad.remove(home);
        Person first = person("suspect-1", "Suspect known as 'K.'", PersonRole.SUSPECT, abroad.get(0));
        Person second = person("suspect-2", "Suspect known as 'Maro'", PersonRole.SUSPECT, abroad.get(1));
        Person victim = person("victim", "The victim organisation", PersonRole.VICTIM, home);
        victim.setLegalPerson(true);
        scenario.getPersons().addAll(List.of(first, second, victim));
        Offence main = offence("offence-main", conducts.get(index % conducts.size()), home, abroad.get(0));
        Offence laundering = offence("offence-laundering", conducts.get(3), home, abroad.get(2));
        main.getSuspects().addAll(List.of(first, second));
        laundering.getSuspects().add(first);
        scenario.getOffences().addAll(List.of(main, laundering));
        List<CaseFile.Holder> holders = new ArrayList<>();
        for (int p = 0; p < PROVIDERS.length; p++) {
            holders.add(holder(p, home, abroad.get((p + index) % abroad.size()), List.of(main, laundering)));
        }
        List<Asset> assets = List.of(asset("wallet", "Ransom wallet", AssetKind.VIRTUAL_ASSET, first,
                holders.get(2).state(), "USD"), asset("account", "Mule bank account", AssetKind.BANK_ACCOUNT, second,
                        abroad.get(3), "EUR"));
        scenario.getAssets().addAll(assets);
        Flag warned = flag("suspect-warned", "Set when a suspect learns of the investigation.");
        Flag leak = flag("press-leak", "Set when the press reports on the case.");
        scenario.getFlags().addAll(List.of(warned, leak));
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        rubric.getCriteria().forEach(c -> criteria.put(c.getId(), c));
        return new CaseFile(scenario, home, cast, holders, List.of(first, second), assets, List.of(main, laundering),
                warned, leak, criteria, random);
    }

    private CaseFile.Holder holder(int p, State home, State state, List<Offence> offences) {
        ServiceProvider provider = F.createServiceProvider();
        provider.setId("provider-" + (p + 1));
        provider.setName(PROVIDERS[p][0] + " (" + state.getName() + ")");
        provider.setKind(ProviderKind.get(PROVIDERS[p][1]));
        provider.setKnownAtStart(p != 2);
        provider.setEstablishedIn(state);
        provider.getOffersServicesIn().addAll(List.of(home, state));
        provider.getRetentionPolicies().add(retention(DataCategory.TRAFFIC_DATA, 10 + random.nextInt(80)));
        provider.getRetentionPolicies().add(retention(DataCategory.CONTENT_DATA, 30 + random.nextInt(150)));
        provider.getRetentionPolicies().add(retention(DataCategory.SUBSCRIBER_INFORMATION, 365));
        scenario.getProviders().add(provider);
        String prefix = "p" + (p + 1) + "-";
        DataItem traffic = dataItem(prefix + "traffic", "Access logs at " + PROVIDERS[p][0], DataCategory.TRAFFIC_DATA,
                provider, state, offences);
        DataItem content = dataItem(prefix + "content", "Stored messages at " + PROVIDERS[p][0],
                DataCategory.CONTENT_DATA, provider, state, offences);
        if (p == 1) {
            content.setDeletionAt((2 + random.nextInt(7)) * DAY);
        }
        DataItem subscriber = dataItem(prefix + "subscriber", "Account holder at " + PROVIDERS[p][0],
                DataCategory.SUBSCRIBER_INFORMATION, provider, state, offences);
        return new CaseFile.Holder(provider, state, traffic, content, subscriber);
    }

    private DataItem dataItem(String id, String name, DataCategory category, ServiceProvider holder, State location,
            List<Offence> offences) {
        DataItem item = F.createDataItem();
        item.setId(id);
        item.setName(name);
        item.setCategory(category);
        item.setStatus(EvidenceStatus.AT_RISK);
        item.setHolder(holder);
        item.setLocation(location);
        item.getRelatedOffences().addAll(offences);
        scenario.getDataItems().add(item);
        return item;
    }

    private Asset asset(String id, String name, AssetKind kind, Person holder, State location, String currency) {
        Asset asset = F.createAsset();
        asset.setId(id);
        asset.setName(name);
        asset.setKind(kind);
        asset.setStatus(AssetStatus.AT_RISK);
        asset.setHolder(holder);
        asset.setLocation(location);
        asset.setEstimatedValue(BigDecimal.valueOf(10_000 + random.nextInt(490_000), 0));
        asset.setCurrency(currency);
        return asset;
    }

    private static Person person(String id, String name, PersonRole role, State where) {
        Person person = F.createPerson();
        person.setId(id);
        person.setName(name);
        person.getRoles().add(role);
        person.getNationalities().add(where);
        person.setLocation(where);
        return person;
    }

    private static Offence offence(String id, Conduct conduct, State home, State abroad) {
        Offence offence = F.createOffence();
        offence.setId(id);
        offence.setName(conduct.getName());
        offence.setFacts("The facts as the police report them, with dates, amounts and the accounts used.");
        offence.setConduct(conduct);
        offence.getCommittedIn().addAll(List.of(home, abroad));
        return offence;
    }

    private static LearningObjective objective(String id, String text, String... articles) {
        LearningObjective objective = F.createLearningObjective();
        objective.setId(id);
        objective.setText(text);
        objective.getArticles().addAll(List.of(articles));
        return objective;
    }

    private static Flag flag(String id, String note) {
        Flag flag = F.createFlag();
        flag.setId(id);
        flag.setNote(note);
        return flag;
    }

    private static RetentionPolicy retention(DataCategory category, int days) {
        RetentionPolicy policy = F.createRetentionPolicy();
        policy.setCategory(category);
        policy.setDays(days);
        return policy;
    }
}
