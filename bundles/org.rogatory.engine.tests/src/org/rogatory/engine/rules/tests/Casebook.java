package org.rogatory.engine.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rogatory.engine.Engine;
import org.rogatory.engine.evaluation.Evaluation;
import org.rogatory.engine.evaluation.Evaluation.Finding;
import org.rogatory.engine.evaluation.Evaluation.Outcome;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.Session;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.Conduct;
import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.DataCategory;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.Declaration;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.DomesticOffence;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.EvidenceStatusChange;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.PenaltyKind;
import org.rogatory.model.scenario.Person;
import org.rogatory.model.scenario.PersonRole;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.DeclarationTopics;

/**
 * A small fictional world for the rule tests, built fresh for each test so no test can change another's States.
 * <ul>
 * <li>A (Arland): a party, the trainee's State in requesting cases; accepts INTERPOL for urgent requests.</li>
 * <li>B (Borduria): a party with the Art. 42 dual-criminality reservation, the diplomatic-channel declaration and
 * INTERPOL accepted; it does not criminalise non-consensual intimate images.</li>
 * <li>C (Carpathia): not a party.</li>
 * <li>D (Delvia): a party without declarations that does not extradite its nationals and punishes illegal access
 * by six months only.</li>
 * </ul>
 * Conducts: illegal access (Art. 7), intimate images (Art. 16), migrant smuggling and doping trade (not Convention
 * offences, serious in A; doping is a crime nowhere else), online insult (neither).
 */
final class Casebook {

    static final ScenarioFactory F = ScenarioFactory.eINSTANCE;
    static final Engine ENGINE = Engine.standard();
    static final int DAY = 24 * 60;

    final State a = state("A", "Arland", ConventionStatus.PARTY);
    final State b = state("B", "Borduria", ConventionStatus.PARTY);
    final State c = state("C", "Carpathia", ConventionStatus.NON_SIGNATORY);
    final State d = state("D", "Delvia", ConventionStatus.PARTY);

    final Conduct access = conduct("access", "Illegal access", "Art. 7");
    final Conduct images = conduct("images", "Sharing intimate images without consent", "Art. 16");
    final Conduct smuggling = conduct("smuggling", "Migrant smuggling arranged online", null);
    final Conduct doping = conduct("doping", "Online trade in doping substances", null);
    final Conduct insult = conduct("insult", "Online insult", null);

    final Scenario scenario = F.createScenario();
    final DecisionPoint start = F.createDecisionPoint();

    Casebook() {
        declare(a, DeclarationTopics.INTERPOL_CHANNEL_ACCEPTED);
        declare(b, DeclarationTopics.PRESERVATION_DUAL_CRIMINALITY);
        declare(b, DeclarationTopics.DIPLOMATIC_CHANNEL_REQUIRED);
        declare(b, DeclarationTopics.INTERPOL_CHANNEL_ACCEPTED);
        a.setExtraditesNationals(true);
        b.setExtraditesNationals(true);
        c.setExtraditesNationals(true);
        d.setExtraditesNationals(false);
        law(a, access, 36);
        law(a, images, 24);
        law(a, smuggling, 60);
        law(a, doping, 60);
        law(a, insult, 6);
        law(b, access, 24);
        law(b, smuggling, 60);
        law(b, insult, 6);
        law(c, access, 24);
        law(d, access, 6);
        law(d, images, 24);
        law(d, smuggling, 60);
        law(d, insult, 3);
        scenario.setId("casebook");
        scenario.setTitle("Casebook");
        scenario.setTimeBudget(400 * DAY);
        scenario.setHomeState(a);
        start.setId("start");
        start.setTitle("Start");
        scenario.getDecisionPoints().add(start);
        scenario.setStart(start);
    }

    /** Makes {@code home} the trainee's State, for cases played on the requested side. */
    Casebook homeIs(State home) {
        scenario.setHomeState(home);
        return this;
    }

    static State state(String code, String name, ConventionStatus status) {
        State state = F.createState();
        state.setId(code);
        state.setCode(code);
        state.setName(name);
        state.setFictional(true);
        state.setConventionStatus(status);
        return state;
    }

    static Conduct conduct(String id, String name, String article) {
        Conduct conduct = F.createConduct();
        conduct.setId(id);
        conduct.setName(name);
        conduct.setConventionArticle(article);
        return conduct;
    }

    static void declare(State state, String topic) {
        Declaration declaration = F.createDeclaration();
        declaration.setId(state.getId() + "-" + topic);
        declaration.setTopic(topic);
        state.getDeclarations().add(declaration);
    }

    static void law(State state, Conduct conduct, int months) {
        DomesticOffence offence = F.createDomesticOffence();
        offence.setId(state.getId() + "-" + conduct.getId());
        offence.setName(conduct.getName() + " (" + state.getCode() + ")");
        offence.getConducts().add(conduct);
        offence.setMaximumPenalty(PenaltyKind.IMPRISONMENT);
        offence.setMaximumMonths(months);
        state.getDomesticOffences().add(offence);
    }

    /** An offence of the case with this conduct, committed in A. */
    Offence offence(Conduct conduct) {
        Offence offence = F.createOffence();
        offence.setId("o-" + conduct.getId());
        offence.setName(conduct.getName());
        offence.setConduct(conduct);
        offence.getCommittedIn().add(a);
        scenario.getOffences().add(offence);
        return offence;
    }

    /** A suspect with one nationality. */
    Person suspect(String name, State nationality) {
        Person person = F.createPerson();
        person.setId(name.toLowerCase());
        person.setName(name);
        person.getRoles().add(PersonRole.SUSPECT);
        person.getNationalities().add(nationality);
        person.setLocation(nationality);
        scenario.getPersons().add(person);
        return person;
    }

    /** Stored data held in {@code where}, deleted by its holder after {@code days}. */
    DataItem data(String id, State where, int days) {
        DataItem item = F.createDataItem();
        item.setId(id);
        item.setName("the " + id.replace('-', ' '));
        item.setCategory(DataCategory.TRAFFIC_DATA);
        item.setLocation(where);
        item.setDeletionAt(days * DAY);
        scenario.getDataItems().add(item);
        return item;
    }

    /** An action offered at the start, about {@code offences}. */
    Action action(String id, Instrument instrument, State target, Channel channel, Offence... offences) {
        Action action = F.createAction();
        action.setId(id);
        action.setLabel(id);
        action.setInstrument(instrument);
        action.setTargetState(target);
        action.setChannel(channel);
        action.setCost(60);
        action.getOffences().addAll(List.of(offences));
        start.getActions().add(action);
        return action;
    }

    /** A request the trainee drafts: what is sent is what {@link #decide} passes. */
    Action drafted(String id, Instrument instrument, State target, Channel channel, Offence... offences) {
        Action action = action(id, instrument, target, channel, offences);
        action.setTraineeDrafts(true);
        return action;
    }

    /** An answer of the requested side (the trainee's State) to a request from A, on these grounds. */
    Action answer(String id, Instrument instrument, String invokedArticle, Offence offence, String... grounds) {
        Action action = action(id, instrument, a, Channel.CENTRAL_AUTHORITY, offence);
        if (invokedArticle != null) {
            action.getInvokedArticles().add(invokedArticle);
        }
        action.getGrounds().addAll(List.of(grounds));
        return action;
    }

    /** Makes the action's consequence change the data item's status after {@code delay} minutes. */
    static void secures(Action action, DataItem item, EvidenceStatus status, int delay) {
        EvidenceStatusChange change = F.createEvidenceStatusChange();
        change.getDataItems().add(item);
        change.setStatus(status);
        change.setDelay(delay);
        action.getConsequences().add(change);
        action.getDataItems().add(item);
    }

    Session session() {
        return ENGINE.start(scenario, 1, DecisionListener.NONE);
    }

    /** Plays one action in a fresh session, with what the trainee drafted. */
    Evaluation decide(String actionId, String... drafted) throws IOException {
        return session().take(actionId, new ActionInput(List.of(drafted))).evaluation();
    }

    static Optional<Finding> finding(Evaluation evaluation, String ruleId) {
        return evaluation.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }

    /** Asserts what one rule found, with its exact citations, and that its explanation is short enough. */
    static Finding assertFinding(Evaluation evaluation, String ruleId, Outcome outcome, String... citations) {
        Finding finding = finding(evaluation, ruleId)
                .orElseThrow(() -> new AssertionError(ruleId + " made no finding: " + evaluation.findings()));
        assertEquals(outcome, finding.outcome(), finding.explanation());
        assertEquals(List.of(citations), finding.citations(), ruleId);
        assertShort(finding.explanation());
        return finding;
    }

    /** Asserts that a rule stayed silent. */
    static void assertSilent(Evaluation evaluation, String ruleId) {
        assertTrue(finding(evaluation, ruleId).isEmpty(), () -> ruleId + " spoke: " + finding(evaluation, ruleId));
    }

    /** Explanations are for readers of English as a second language: at most 80 words, no unfilled placeholder. */
    static void assertShort(String explanation) {
        int words = explanation.trim().split("\\s+").length;
        assertTrue(words <= 80, () -> words + " words: " + explanation);
        assertTrue(!explanation.contains("{") && !explanation.contains("null"), explanation);
    }

    /** The rules that found {@code outcome}, in reporting order. */
    static List<String> rulesWith(Evaluation evaluation, Outcome outcome) {
        return evaluation.findings().stream().filter(f -> f.outcome() == outcome).map(Finding::ruleId).toList();
    }

    static Map<String, Integer> scores(Object... criterionThenPoints) {
        java.util.LinkedHashMap<String, Integer> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < criterionThenPoints.length; i += 2) {
            map.put((String) criterionThenPoints[i], (Integer) criterionThenPoints[i + 1]);
        }
        return Map.copyOf(map);
    }

    /** The request elements of a complete preservation request. */
    static final String[] FULL_PRESERVATION = { "requesting-authority", "offence-and-facts", "data-and-link-to-offence",
            "custodian-or-location", "necessity", "intent-to-submit-mla" };

    /** The request elements of a complete MLA request. */
    static final String[] FULL_MLA = { "requesting-authority", "subject-and-nature", "facts-summary",
            "assistance-sought", "purpose" };
}
