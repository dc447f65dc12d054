package org.rogatory.treaty.rules;

import java.util.List;
import java.util.Optional;

/**
 * The rules that apply to one instrument between a requesting and a requested State, in a stable order (treaty basis,
 * scope, dual criminality, thresholds, channels, contents, refusal grounds, extradition). The engine queries it by
 * kind and subject.
 *
 * @param instrumentKey the instrument the rules are for
 * @param rules the rules
 */
public record RuleSet(String instrumentKey, List<ApplicableRule> rules) {

    /**
     * Copies the list, so the set stays immutable.
     */
    public RuleSet {
        rules = List.copyOf(rules);
    }

    /**
     * The rules of one kind, for an evaluator step that deals with that kind only.
     *
     * @param kind the kind
     * @return the rules of that kind, in order
     */
    public List<ApplicableRule> ofKind(RuleKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).toList();
    }

    /**
     * The rule of one kind about one subject, such as the channel {@code diplomatic}.
     *
     * @param kind the kind
     * @param subject the subject key
     * @return the rule, or empty when none applies
     */
    public Optional<ApplicableRule> find(RuleKind kind, String subject) {
        return rules.stream().filter(r -> r.kind() == kind && r.subject().equals(subject)).findFirst();
    }

    /**
     * Whether the Convention is a legal basis between the two States, the first question for any international
     * measure.
     *
     * @return false when a treaty-basis rule says it does not apply; true otherwise
     */
    public boolean conventionApplies() {
        return ofKind(RuleKind.TREATY_BASIS).stream().noneMatch(r -> r.effect() == RuleEffect.DOES_NOT_APPLY);
    }
}
