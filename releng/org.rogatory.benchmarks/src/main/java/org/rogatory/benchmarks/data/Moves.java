package org.rogatory.benchmarks.data;

import static org.rogatory.benchmarks.data.ModelKit.DAY;
import static org.rogatory.benchmarks.data.ModelKit.F;
import static org.rogatory.benchmarks.data.ModelKit.HOUR;
import static org.rogatory.benchmarks.data.ModelKit.allOf;
import static org.rogatory.benchmarks.data.ModelKit.asset;
import static org.rogatory.benchmarks.data.ModelKit.assetIs;
import static org.rogatory.benchmarks.data.ModelKit.evidence;
import static org.rogatory.benchmarks.data.ModelKit.evidenceIs;
import static org.rogatory.benchmarks.data.ModelKit.flag;
import static org.rogatory.benchmarks.data.ModelKit.message;
import static org.rogatory.benchmarks.data.ModelKit.not;
import static org.rogatory.benchmarks.data.ModelKit.onlyIf;
import static org.rogatory.benchmarks.data.ModelKit.requestIncludes;
import static org.rogatory.benchmarks.data.ModelKit.score;

import java.util.List;
import java.util.Locale;

import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Asset;
import org.rogatory.model.scenario.AssetStatus;
import org.rogatory.model.scenario.AuthorityKind;
import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Feedback;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.LegalBasis;
import org.rogatory.model.scenario.Reveal;
import org.rogatory.model.scenario.State;
import org.rogatory.model.scenario.Urgency;
import org.rogatory.model.scenario.Verdict;

/**
 * The actions a synthetic decision point can offer, one per kind of step an investigator takes: preservation through
 * the 24/7 network, MLA for stored data, a domestic production order, freezing, police cooperation, extradition and
 * so on, plus two unlawful shortcuts and waiting. Each carries what an author would write: channel, addressee, legal
 * basis, invoked articles, request elements, the data or assets concerned, consequences and feedback with the verdict
 * the engine is expected to reach.
 */
final class Moves {

    /** The kinds of step, with the short id suffix and the topic a decision point about them has. */
    enum Kind {
        PRESERVE("preserve", "preserve the data"), NETWORK("network", "ask the 24/7 network"),
        MLA("mla", "request the data"), PRODUCTION("produce", "order production at home"),
        FREEZE("freeze", "freeze the funds"), POLICE("police", "police cooperation"),
        CONSULT("consult", "consult the other State"), EMERGENCY("emergency", "an emergency"),
        EXTRADITION("extradite", "arrest abroad"), JOINT("joint", "a joint investigation"),
        SPONTANEOUS("inform", "information for a third State"), DIRECT("direct", ""), REMOTE("remote", ""),
        WAIT("wait", "");

        private final String suffix;
        private final String topic;

        Kind(String suffix, String topic) {
            this.suffix = suffix;
            this.topic = topic;
        }

        String topic() {
            return topic;
        }
    }

    private static final List<String> PRESERVATION_ELEMENTS = List.of("requesting-authority", "offence-and-facts",
            "data-and-link-to-offence", "custodian-or-location", "necessity", "intent-to-submit-mla",
            "confidentiality-no-notice");
    private static final List<String> MLA_ELEMENTS = List.of("requesting-authority", "subject-and-nature",
            "facts-summary", "assistance-sought", "persons-identity-location", "purpose");
    private static final List<String> FREEZING_ELEMENTS = List.of("requesting-authority", "subject-and-nature",
            "facts-summary", "assistance-sought", "property-description-location", "order-copy");
    private static final List<String> ESSENTIAL_MLA = List.of("facts-summary", "assistance-sought");

    private final CaseFile file;

    Moves(CaseFile file) {
        this.file = file;
    }

    Action make(Kind kind, String pointId, CaseFile.Holder holder) {
        Action action = F.createAction();
        action.setId(pointId + "-" + kind.suffix);
        State target = holder.state();
        switch (kind) {
            case PRESERVE -> preserve(action, holder);
            case NETWORK -> request(action, Instrument.NETWORK_ASSISTANCE, target, AuthorityKind.POLICE,
                    Channel.TWENTY_FOUR_SEVEN, "Ask the " + adjective(target) + " 24/7 point of contact for help",
                    30, "Art. 41");
            case MLA -> mla(action, holder);
            case PRODUCTION -> production(action, holder);
            case FREEZE -> freeze(action);
            case POLICE -> request(action, Instrument.POLICE_COOPERATION, target, AuthorityKind.POLICE,
                    Channel.POLICE_TO_POLICE, "Share intelligence with the " + adjective(target) + " police", 60,
                    "Art. 47");
            case CONSULT -> request(action, Instrument.CONSULT, target, AuthorityKind.MINISTRY,
                    Channel.CENTRAL_AUTHORITY, "Consult the " + adjective(target) + " central authority", 60,
                    "Art. 40");
            case EMERGENCY -> emergency(action, holder);
            case EXTRADITION -> extradition(action);
            case JOINT -> request(action, Instrument.JOINT_INVESTIGATION, target, AuthorityKind.MINISTRY,
                    Channel.CENTRAL_AUTHORITY, "Propose a joint investigation team to " + target.getName(), 8 * HOUR,
                    "Art. 48");
            case SPONTANEOUS -> request(action, Instrument.SPONTANEOUS_INFORMATION, file.otherState(target),
                    AuthorityKind.MINISTRY, Channel.CENTRAL_AUTHORITY, "Tell " + file.otherState(target).getName()
                            + " what you found, without a request", 60, "Art. 40");
            case DIRECT -> shortcut(action, Instrument.DIRECT_REQUEST_TO_FOREIGN_PROVIDER, holder,
                    "Order " + holder.provider().getName() + " directly to hand over the data", "Art. 27");
            case REMOTE -> shortcut(action, Instrument.UNILATERAL_REMOTE_ACCESS, holder,
                    "Log in to the suspect's account abroad with the seized password", "Art. 5");
            case WAIT -> waiting(action);
        }
        return action;
    }

    private void preserve(Action action, CaseFile.Holder holder) {
        request(action, Instrument.PRESERVATION_REQUEST, holder.state(), AuthorityKind.POLICE,
                Channel.TWENTY_FOUR_SEVEN, "Ask " + holder.state().getName() + " to preserve the data at "
                        + holder.provider().getName(), HOUR, "Art. 42");
        action.setUrgency(Urgency.URGENT);
        action.setTraineeDrafts(file.random().nextBoolean());
        action.getRequestElements().addAll(PRESERVATION_ELEMENTS);
        action.getDataItems().addAll(holder.items());
        for (DataItem item : holder.items()) {
            action.getConsequences().add(evidence(EvidenceStatus.PRESERVED, 2 * HOUR, item,
                    evidenceIs(item, EvidenceStatus.AT_RISK)));
        }
        if (!holder.provider().isKnownAtStart()) {
            Reveal reveal = F.createReveal();
            reveal.getTargets().add(holder.provider());
            action.getConsequences().add(reveal);
        }
        action.getConsequences().add(score(file.criterion("timeliness"), 1));
    }

    private void mla(Action action, CaseFile.Holder holder) {
        request(action, Instrument.MLA_STORED_DATA, holder.state(), AuthorityKind.MINISTRY,
                Channel.CENTRAL_AUTHORITY, "Send an MLA request for the data at " + holder.provider().getName(),
                4 * HOUR, "Art. 44");
        action.getInvokedArticles().add("Art. 40");
        action.setTraineeDrafts(true);
        action.getRequestElements().addAll(MLA_ELEMENTS);
        action.getDataItems().addAll(holder.items());
        action.getPersons().addAll(file.suspects());
        for (DataItem item : holder.items()) {
            action.getConsequences().add(evidence(EvidenceStatus.DISCLOSED, 14 * DAY, item,
                    allOf(evidenceIs(item, EvidenceStatus.PRESERVED), requestIncludes(action, ESSENTIAL_MLA))));
        }
        action.getConsequences().add(onlyIf(message(action.getId() + "-more", 2 * DAY,
                SyntheticCast.authority(holder.state(), AuthorityKind.MINISTRY), "Request incomplete",
                "The central authority asks what you want done and on which facts."),
                not(requestIncludes(action, ESSENTIAL_MLA))));
        action.getConsequences().add(score(file.criterion("evidence"), 1));
    }

    private void production(Action action, CaseFile.Holder holder) {
        describe(action, Instrument.PRODUCTION_ORDER, "Have the court order " + holder.provider().getName()
                + " to produce the subscriber data it holds for its users at home", 3 * HOUR, "Art. 27");
        action.setChannel(Channel.DOMESTIC_COURT);
        action.setLegalBasis(LegalBasis.DOMESTIC_LAW);
        action.setAddressee(holder.provider());
        action.getDataItems().add(holder.subscriber());
        action.getConsequences().add(evidence(EvidenceStatus.DISCLOSED, 2 * DAY, holder.subscriber(),
                evidenceIs(holder.subscriber(), EvidenceStatus.AT_RISK)));
        feedback(action, "A provider offering services at home can be ordered to produce subscriber data.",
                Verdict.COMPLIANT, "Art. 27");
    }

    private void freeze(Action action) {
        Asset wallet = file.assets().get(0);
        State target = wallet.getLocation();
        request(action, Instrument.FREEZING_REQUEST, target, AuthorityKind.MINISTRY, Channel.CENTRAL_AUTHORITY,
                "Ask " + target.getName() + " to freeze the " + wallet.getName().toLowerCase(Locale.ROOT),
                4 * HOUR, "Art. 49");
        action.setTraineeDrafts(file.random().nextBoolean());
        action.getRequestElements().addAll(FREEZING_ELEMENTS);
        action.getAssets().add(wallet);
        action.getConsequences().add(asset(AssetStatus.FROZEN, 3 * DAY, wallet,
                assetIs(wallet, AssetStatus.AT_RISK)));
    }

    private void emergency(Action action, CaseFile.Holder holder) {
        request(action, Instrument.EMERGENCY_DISCLOSURE_REQUEST, holder.state(), AuthorityKind.POLICE,
                Channel.TWENTY_FOUR_SEVEN, "Ask for emergency disclosure of the account holder's identity", 30,
                "Art. 41");
        action.setUrgency(Urgency.EMERGENCY);
        action.getDataItems().add(holder.subscriber());
        action.getConsequences().add(evidence(EvidenceStatus.DISCLOSED, 6 * HOUR, holder.subscriber(),
                evidenceIs(holder.subscriber(), EvidenceStatus.AT_RISK)));
    }

    private void extradition(Action action) {
        State where = file.suspects().get(0).getLocation();
        request(action, Instrument.EXTRADITION_REQUEST, where, AuthorityKind.MINISTRY, Channel.CENTRAL_AUTHORITY,
                "Request the extradition of the first suspect from " + where.getName(), 8 * HOUR, "Art. 37");
        action.getPersons().add(file.suspects().get(0));
    }

    private void shortcut(Action action, Instrument instrument, CaseFile.Holder holder, String label,
            String article) {
        describe(action, instrument, label, HOUR, article);
        action.setTargetState(holder.state());
        action.setChannel(instrument == Instrument.DIRECT_REQUEST_TO_FOREIGN_PROVIDER ? Channel.DIRECT_TO_PROVIDER
                : Channel.NONE);
        action.setLegalBasis(LegalBasis.NONE);
        action.setAddressee(holder.provider());
        action.getDataItems().add(holder.content());
        action.getConsequences().add(flag(file.suspectWarned(), true));
        action.getConsequences().add(score(file.criterion("legality"), -2));
        feedback(action, "No State may act on another's territory on its own; this step has no legal basis.",
                Verdict.NON_COMPLIANT, article);
    }

    private void waiting(Action action) {
        describe(action, Instrument.WAIT, "Wait a day for more information", DAY, null);
        // Preservation is the measure a trainee forgoes by waiting, so its article is the one the feedback points to.
        feedback(action, "Waiting is lawful, but retention periods keep running.", Verdict.COMPLIANT, "Art. 42");
    }

    /** An international step through a channel to an authority of {@code target}, with its feedback. */
    private void request(Action action, Instrument instrument, State target, AuthorityKind addressee,
            Channel channel, String label, int cost, String article) {
        describe(action, instrument, label, cost, article);
        action.setTargetState(target);
        action.setAddressee(SyntheticCast.authority(target, addressee));
        action.setChannel(channel);
        action.setLegalBasis(LegalBasis.CONVENTION);
        action.getOffences().addAll(file.offences());
        action.getConsequences().add(message(action.getId() + "-reply", cost + 2 * HOUR,
                SyntheticCast.authority(target, addressee), "Acknowledgement",
                "The " + adjective(target) + " authorities confirm receipt and will reply."));
        feedback(action, "This is a lawful step under the Convention, through the channel it provides.",
                Verdict.COMPLIANT, article);
    }

    private static void describe(Action action, Instrument instrument, String label, int cost, String article) {
        action.setLabel(label);
        action.setDescription(label + ". The step takes about " + duration(cost) + ".");
        action.setInstrument(instrument);
        action.setCost(cost);
        if (article != null) {
            action.getInvokedArticles().add(article);
        }
    }

    private static String duration(int minutes) {
        if (minutes < HOUR) {
            return minutes + " minutes";
        }
        return minutes == HOUR ? "an hour" : minutes < DAY ? minutes / HOUR + " hours" : "a day";
    }

    private static void feedback(Action action, String explanation, Verdict expected, String... citations) {
        Feedback feedback = F.createFeedback();
        feedback.setId(action.getId() + "-feedback");
        feedback.setExplanation(explanation);
        feedback.getCitations().addAll(List.of(citations));
        // Only the breaches are certain whatever the random cast: a compliant claim could contradict the engine's
        // rules (a non-party State, an incomplete request), and the pack validator rightly reports that.
        if (expected == Verdict.NON_COMPLIANT) {
            feedback.setExpectedVerdict(expected);
        }
        action.setFeedback(feedback);
    }

    private static String adjective(State state) {
        return SyntheticCast.adjective(state);
    }
}
