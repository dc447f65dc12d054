package org.rogatory.engine.rules;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rogatory.engine.evaluation.RuleContext;
import org.rogatory.engine.internal.text.Texts;
import org.rogatory.model.scenario.Conduct;
import org.rogatory.model.scenario.DomesticOffence;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.PenaltyKind;
import org.rogatory.model.scenario.State;

/**
 * What the case's offences are in law: a Convention offence, a serious crime in a State's law, a crime there at all,
 * and with which maximum penalty. Dual criminality, scope and proportionality all turn on these answers, and they are
 * read from the conduct, never from the offence's name, because the same conduct carries different names in
 * different States.
 */
final class OffenceFacts {

    /**
     * The Convention offences are those of Arts. 7 to 17 (the knowledge base's fact {@code convention-offences},
     * eleven offences); a conduct is one when its {@code conventionArticle} names one of them.
     */
    static final int FIRST_OFFENCE_ARTICLE = 7;
    /** The last article that establishes a Convention offence, see {@link #FIRST_OFFENCE_ARTICLE}. */
    static final int LAST_OFFENCE_ARTICLE = 17;

    /** A maximum penalty with no upper bound (life imprisonment) counts as more than any threshold in months. */
    static final int LIFE = Integer.MAX_VALUE;

    private static final Pattern ARTICLE = Pattern.compile("Art\\.\\s([0-9]+)"); //$NON-NLS-1$

    private OffenceFacts() {
    }

    /** How an offence stands under the Convention's scope, best first. */
    enum Standing {
        /** Established by the Convention (Arts. 7-17). */
        CONVENTION_OFFENCE,
        /** Not a Convention offence, but a serious crime in the State whose law counts. */
        SERIOUS_CRIME,
        /** Neither. */
        NEITHER
    }

    /** The offences the action concerns: those it names, else all of the case's offences. */
    static List<Offence> concerned(RuleContext context) {
        List<Offence> named = context.action().getOffences();
        return named.isEmpty() ? List.copyOf(context.scenario().getOffences()) : List.copyOf(named);
    }

    /** The article number a citation such as {@code "Art. 7"} names, if it is well formed. */
    static OptionalInt articleNumber(String citation) {
        if (citation == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = ARTICLE.matcher(citation);
        return matcher.lookingAt() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /** Whether the offence's conduct is one the Convention establishes as an offence. */
    static boolean isConventionOffence(Offence offence) {
        Conduct conduct = offence.getConduct();
        if (conduct == null) {
            return false;
        }
        OptionalInt article = articleNumber(conduct.getConventionArticle());
        return article.isPresent() && article.getAsInt() >= FIRST_OFFENCE_ARTICLE
                && article.getAsInt() <= LAST_OFFENCE_ARTICLE;
    }

    /** The domestic offences of {@code state} that cover the conduct, the basis of every dual-criminality test. */
    static List<DomesticOffence> coveringOffences(State state, Conduct conduct) {
        if (state == null || conduct == null) {
            return List.of();
        }
        return state.getDomesticOffences().stream().filter(d -> d.getConducts().contains(conduct)).toList();
    }

    /** Whether the conduct is a crime under the law of {@code state}, whatever it is called there. */
    static boolean isCrimeIn(State state, Conduct conduct) {
        return !coveringOffences(state, conduct).isEmpty();
    }

    /**
     * The highest maximum deprivation of liberty, in months, that the law of {@code state} sets for the conduct:
     * {@link #LIFE} for life imprisonment, 0 for a fine only, empty when the conduct is no crime there.
     */
    static OptionalInt maximumMonths(State state, Conduct conduct) {
        return coveringOffences(state, conduct).stream().mapToInt(OffenceFacts::months).max();
    }

    private static int months(DomesticOffence offence) {
        return switch (offence.getMaximumPenalty()) {
            case LIFE_IMPRISONMENT -> LIFE;
            case FINE_ONLY -> 0;
            default -> offence.getMaximumMonths();
        };
    }

    /** Whether the law of {@code state} makes the conduct punishable by at least {@code months}. */
    static boolean punishableBy(State state, Conduct conduct, int months) {
        OptionalInt maximum = maximumMonths(state, conduct);
        return maximum.isPresent() && maximum.getAsInt() >= months;
    }

    /** How the offence stands, judging seriousness by the law of {@code state} (the requesting State). */
    static Standing standing(Offence offence, State state, int seriousCrimeMonths) {
        if (isConventionOffence(offence)) {
            return Standing.CONVENTION_OFFENCE;
        }
        return punishableBy(state, offence.getConduct(), seriousCrimeMonths) ? Standing.SERIOUS_CRIME
                : Standing.NEITHER;
    }

    /** The offence among {@code offences} that stands best, so a request resting on several is judged by its best. */
    static Optional<Offence> best(List<Offence> offences, State state, int seriousCrimeMonths) {
        Offence best = null;
        for (Offence offence : offences) {
            if (best == null || standing(offence, state, seriousCrimeMonths)
                    .compareTo(standing(best, state, seriousCrimeMonths)) < 0) {
                best = offence;
            }
        }
        return Optional.ofNullable(best);
    }

    /** One sentence on what the law of {@code state} sets for the conduct, for explanations. */
    static String penaltySentence(State state, Conduct conduct) {
        String name = Names.of(state);
        OptionalInt maximum = maximumMonths(state, conduct);
        if (maximum.isEmpty()) {
            return Texts.bind(Messages.Penalty_notCrime, name);
        }
        int months = maximum.getAsInt();
        if (months == LIFE) {
            return Texts.bind(Messages.Penalty_life, name);
        }
        if (months == 0 && coveringOffences(state, conduct).stream()
                .allMatch(d -> d.getMaximumPenalty() == PenaltyKind.FINE_ONLY)) {
            return Texts.bind(Messages.Penalty_fine, name);
        }
        return Texts.bind(Messages.Penalty_months, name, Integer.toString(months));
    }
}
