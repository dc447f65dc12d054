package org.rogatory.treaty;

import java.util.List;

/**
 * The declaration topics the rules between two States read from {@code State.declarations}. The topics themselves
 * (label, meaning, article, status) are data in {@code convention.xmi}; these constants name the ones whose effect is
 * built into the rules, and loading fails if the data lacks one of them.
 */
public final class DeclarationTopics {

    /**
     * The Art. 42 reservation: the requested State may refuse preservation for an offence that is not a Convention
     * offence where dual criminality will not be met at disclosure. Takes no values.
     */
    public static final String PRESERVATION_DUAL_CRIMINALITY = "preservation-dual-criminality"; //$NON-NLS-1$

    /**
     * Whether the State takes the Convention as the legal basis for extradition (Art. 37). One value: yes or no.
     */
    public static final String EXTRADITION_LEGAL_BASIS = "extradition-legal-basis"; //$NON-NLS-1$

    /**
     * The languages in which the State accepts MLA requests (Art. 40). Values: language tags.
     */
    public static final String ACCEPTED_LANGUAGES = "accepted-languages"; //$NON-NLS-1$

    /**
     * The State requires MLA requests through the diplomatic channel (Art. 40). Takes no values.
     */
    public static final String DIPLOMATIC_CHANNEL_REQUIRED = "diplomatic-channel-required"; //$NON-NLS-1$

    /**
     * The State accepts urgent MLA requests through INTERPOL (Art. 40); both States must accept. Takes no values.
     */
    public static final String INTERPOL_CHANNEL_ACCEPTED = "interpol-channel-accepted"; //$NON-NLS-1$

    /** The value of a yes-or-no declaration that affirms. */
    public static final String YES = "yes"; //$NON-NLS-1$

    /** The value of a yes-or-no declaration that denies. */
    public static final String NO = "no"; //$NON-NLS-1$

    private DeclarationTopics() {
    }

    /**
     * The topics the rules rely on, so loading and tests can check the data holds each of them.
     *
     * @return the topic keys
     */
    public static List<String> builtIn() {
        return List.of(PRESERVATION_DUAL_CRIMINALITY, EXTRADITION_LEGAL_BASIS, ACCEPTED_LANGUAGES,
                DIPLOMATIC_CHANNEL_REQUIRED, INTERPOL_CHANNEL_ACCEPTED);
    }
}
