package org.rogatory.engine.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.rogatory.treaty.rules.ApplicableRule;
import org.rogatory.treaty.rules.RuleKind;
import org.rogatory.treaty.rules.RuleSet;

/**
 * The rules between two States for one instrument, sorted by kind once. Every rule family asks a {@link RuleSet} for
 * the rules of one kind or about one subject at every decision, and the set answers each question by going through
 * all its rules; this answers the same questions, in the same order, from the rules of that kind only. It is worked
 * out once per question (see {@link ConventionFrame}) and never changes: a {@link RuleSet} is immutable.
 */
final class KnownRules {

    private final RuleSet set;
    private final Map<RuleKind, List<ApplicableRule>> byKind = new EnumMap<>(RuleKind.class);
    private final boolean conventionApplies;

    KnownRules(RuleSet set) {
        this.set = Objects.requireNonNull(set);
        Map<RuleKind, List<ApplicableRule>> sorting = new EnumMap<>(RuleKind.class);
        for (ApplicableRule rule : set.rules()) {
            sorting.computeIfAbsent(rule.kind(), k -> new ArrayList<>()).add(rule);
        }
        sorting.forEach((kind, rules) -> byKind.put(kind, List.copyOf(rules)));
        this.conventionApplies = set.conventionApplies();
    }

    /** The rule set these rules come from. */
    RuleSet set() {
        return set;
    }

    /** The rules of one kind, in the set's order; as {@link RuleSet#ofKind}. */
    List<ApplicableRule> ofKind(RuleKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The first rule of one kind about one subject; as {@link RuleSet#find}. */
    Optional<ApplicableRule> find(RuleKind kind, String subject) {
        for (ApplicableRule rule : ofKind(kind)) {
            if (rule.subject().equals(subject)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** Whether the Convention is a legal basis between the two States; as {@link RuleSet#conventionApplies}. */
    boolean conventionApplies() {
        return conventionApplies;
    }
}
