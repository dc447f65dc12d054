package org.rogatory.treaty;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rogatory.model.scenario.Channel;
import org.rogatory.model.scenario.Instrument;

/**
 * The one table between the scenario format's {@link Instrument} and {@link Channel} literals and the knowledge base
 * keys. The format names what an action does; the knowledge base names measures. Several literals share a measure
 * (freezing and confiscation requests both use Arts. 49-50), and the requested side's responses have none, so the
 * mapping cannot be derived from the names. Every literal is either mapped here or listed as deliberately unmapped,
 * and a test keeps it that way when the format grows.
 */
public final class ScenarioVocabulary {

    private static final Map<Instrument, String> INSTRUMENTS = new EnumMap<>(Instrument.class);
    private static final Map<Channel, String> CHANNELS = new EnumMap<>(Channel.class);

    /**
     * Literals with no knowledge base instrument: OTHER is not a legal measure, and the requested side's responses
     * are judged against the instrument of the request they answer.
     */
    private static final Set<Instrument> UNMAPPED_INSTRUMENTS = Collections.unmodifiableSet(EnumSet.of(
            Instrument.OTHER, Instrument.EXECUTE, Instrument.EXECUTE_WITH_CONDITIONS, Instrument.POSTPONE,
            Instrument.REFUSE, Instrument.REQUEST_MORE_INFORMATION));

    /** NONE marks a purely internal act: it uses no channel. */
    private static final Set<Channel> UNMAPPED_CHANNELS = Collections.unmodifiableSet(EnumSet.of(Channel.NONE));

    static {
        INSTRUMENTS.put(Instrument.PRESERVATION_ORDER, "domestic-preservation"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.TRAFFIC_DATA_PRESERVATION_AND_PARTIAL_DISCLOSURE,
                "domestic-traffic-preservation-partial-disclosure"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.PRODUCTION_ORDER, "production-order"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.SEARCH_AND_SEIZURE, "search-and-seizure"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.REAL_TIME_COLLECTION, "realtime-collection"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.INTERCEPTION, "interception"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.FREEZING_OR_SEIZURE, "freezing-confiscation"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.CONFISCATION, "freezing-confiscation"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.WITNESS_PROTECTION, "witness-protection"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.VICTIM_ASSISTANCE, "victim-assistance"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.EXTRADITION_REQUEST, "extradition"); //$NON-NLS-1$
        // Provisional arrest is the custody step of Art. 37, so it follows the extradition rules.
        INSTRUMENTS.put(Instrument.PROVISIONAL_ARREST_REQUEST, "extradition"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.TRANSFER_OF_SENTENCED_PERSON, "transfer-sentenced-persons"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.TRANSFER_OF_PROCEEDINGS, "transfer-proceedings"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.MLA_REQUEST, "mla-request"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.SPONTANEOUS_INFORMATION, "spontaneous-information"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.NETWORK_ASSISTANCE, "network-24-7-assistance"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.EMERGENCY_DISCLOSURE_REQUEST, "emergency-disclosure"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.PRESERVATION_REQUEST, "international-preservation"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.PRESERVED_TRAFFIC_DATA_DISCLOSURE, "preserved-traffic-disclosure"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.MLA_STORED_DATA, "mla-stored-data"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.MLA_REAL_TIME_COLLECTION, "mla-realtime-collection"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.MLA_INTERCEPTION, "mla-interception"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.POLICE_COOPERATION, "law-enforcement-cooperation"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.JOINT_INVESTIGATION, "joint-investigation"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.FREEZING_REQUEST, "confiscation-cooperation"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.CONFISCATION_REQUEST, "confiscation-cooperation"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.RETURN_OF_PROCEEDS, "return-of-proceeds"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.WAIT, "wait"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.CONSULT, "consult"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.PROSECUTE_DOMESTICALLY, "prosecute-domestically"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.UNILATERAL_REMOTE_ACCESS, "unilateral-remote-access"); //$NON-NLS-1$
        INSTRUMENTS.put(Instrument.DIRECT_REQUEST_TO_FOREIGN_PROVIDER, "direct-request-to-foreign-provider"); //$NON-NLS-1$

        CHANNELS.put(Channel.TWENTY_FOUR_SEVEN, "twenty-four-seven"); //$NON-NLS-1$
        CHANNELS.put(Channel.CENTRAL_AUTHORITY, "central-authority"); //$NON-NLS-1$
        CHANNELS.put(Channel.DIPLOMATIC, "diplomatic"); //$NON-NLS-1$
        CHANNELS.put(Channel.INTERPOL, "interpol"); //$NON-NLS-1$
        CHANNELS.put(Channel.POLICE_TO_POLICE, "police-to-police"); //$NON-NLS-1$
        CHANNELS.put(Channel.DIRECT_TO_PROVIDER, "direct-to-provider"); //$NON-NLS-1$
        CHANNELS.put(Channel.DOMESTIC_COURT, "domestic-court"); //$NON-NLS-1$
    }

    private ScenarioVocabulary() {
    }

    /**
     * The knowledge base instrument an action's instrument literal is judged as.
     *
     * @param instrument a literal of the scenario format
     * @return the instrument key, or empty for a deliberately unmapped literal
     */
    public static Optional<String> instrumentKey(Instrument instrument) {
        return Optional.ofNullable(INSTRUMENTS.get(instrument));
    }

    /**
     * The knowledge base channel an action's channel literal means.
     *
     * @param channel a literal of the scenario format
     * @return the channel key, or empty for {@link Channel#NONE}
     */
    public static Optional<String> channelKey(Channel channel) {
        return Optional.ofNullable(CHANNELS.get(channel));
    }

    /**
     * The scenario channel literal for a knowledge base channel, so rules can be shown with the trainee's choices.
     *
     * @param key a channel key
     * @return the literal, or empty when no literal means that channel
     */
    public static Optional<Channel> channelLiteral(String key) {
        return CHANNELS.entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey).findFirst();
    }

    /**
     * The instrument literals that are unmapped on purpose, so a check can tell them from forgotten ones.
     *
     * @return the unmapped literals
     */
    public static Set<Instrument> unmappedInstruments() {
        return UNMAPPED_INSTRUMENTS;
    }

    /**
     * The channel literals that are unmapped on purpose.
     *
     * @return the unmapped literals
     */
    public static Set<Channel> unmappedChannels() {
        return UNMAPPED_CHANNELS;
    }
}
