package org.rogatory.treaty.rules;

import java.util.Objects;

import org.rogatory.treaty.Citation;
import org.rogatory.treaty.CitationFormatter;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * One rule of the Convention that applies to an instrument between two States. It is what the engine evaluates and
 * what feedback quotes, so it carries a machine-readable effect, a plain-English statement, where it comes from and
 * how far that is checked. It holds no score: judging the trainee is the engine's job.
 *
 * @param kind what the rule is about
 * @param subject the key of the thing the rule is about (a channel, element, ground or fact key, or
 *            {@code requesting} / {@code requested} for a State), so rules of one kind can be told apart
 * @param effect what the rule says
 * @param statement the rule in plain English, naming the States where it depends on them
 * @param citation where the rule comes from
 * @param status how far the rule is checked; feedback must show anything below VERIFIED as unverified
 */
public record ApplicableRule(RuleKind kind, String subject, RuleEffect effect, String statement, Citation citation,
        VerificationStatus status) {

    /**
     * Rejects incomplete rules, because a rule without a citation or status could be shown as treaty text.
     */
    public ApplicableRule {
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        Objects.requireNonNull(subject, "subject"); //$NON-NLS-1$
        Objects.requireNonNull(effect, "effect"); //$NON-NLS-1$
        Objects.requireNonNull(statement, "statement"); //$NON-NLS-1$
        Objects.requireNonNull(citation, "citation"); //$NON-NLS-1$
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
    }

    /**
     * The citation as shown to people, never with an unverified paragraph.
     *
     * @return the formatted citation
     */
    public String citationText() {
        return CitationFormatter.format(citation);
    }
}
