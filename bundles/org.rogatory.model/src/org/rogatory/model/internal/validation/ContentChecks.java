package org.rogatory.model.internal.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.Labels;
import org.rogatory.model.scenario.DataCategory;
import org.rogatory.model.scenario.RetentionPolicy;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.ServiceProvider;
import org.rogatory.model.scenario.TimedEvent;

/**
 * Checks on single values and small groups: citations written the one way the knowledge base can match, a time budget,
 * one retention period per data category, and timed events that can actually happen.
 */
public final class ContentChecks {

    /** Stricter than the data type's pattern: exactly one space, as the knowledge base writes citations. */
    private static final Pattern CITATION = Pattern.compile("Art\\. [1-9][0-9]?(\\([0-9a-z]+\\)){0,3}"); //$NON-NLS-1$

    /** The attributes of each class that hold citations, found once per class; most classes have none. */
    private static final PerClass<List<EAttribute>> CITATION_ATTRIBUTES = new PerClass<>(t -> t.getEAllAttributes()
            .stream().filter(a -> a.getEAttributeType() == ScenarioPackage.Literals.CITATION).toList());

    private ContentChecks() {
    }

    private static List<EAttribute> citationAttributes(EClass type) {
        return CITATION_ATTRIBUTES.of(type);
    }

    /**
     * Checks the format of every citation in the scenario (whether the article exists is the treaty bundle's job).
     *
     * @param scenario the scenario
     * @param report where findings go
     * @return whether the constraint holds
     */
    public static boolean citationsWellFormed(Scenario scenario, ConstraintReport report) {
        Set<String> wellFormed = new HashSet<>();
        Consumer<EObject> check = object -> {
            for (EAttribute attribute : citationAttributes(object.eClass())) {
                if (attribute.isMany() && !object.eIsSet(attribute)) {
                    continue; // asking would create an empty list and keep it
                }
                for (Object value : values(object, attribute)) {
                    if (value == null || wellFormed.contains(value)) {
                        continue;
                    }
                    if (CITATION.matcher((String) value).matches()) {
                        wellFormed.add((String) value);
                    } else {
                        report.error(NLS.bind(Messages.Citation_malformed,
                                new Object[] { Labels.of(object), attribute.getName(), value }),
                                Messages.Citation_malformedHint, object, attribute);
                    }
                }
            }
        };
        check.accept(scenario);
        TreeWalk.contents(scenario, check);
        return report.satisfied();
    }

    /**
     * Checks that the scenario has a time budget; zero (the value when unset) would end every run at once.
     *
     * @param scenario the scenario
     * @param report where findings go
     * @return whether the constraint holds
     */
    public static boolean timeBudgetPositive(Scenario scenario, ConstraintReport report) {
        if (scenario.getTimeBudget() <= 0) {
            report.error(NLS.bind(Messages.TimeBudget_notPositive, Labels.of(scenario),
                    Integer.toString(scenario.getTimeBudget())), Messages.TimeBudget_notPositiveHint, scenario,
                    ScenarioPackage.Literals.SCENARIO__TIME_BUDGET);
        }
        return report.satisfied();
    }

    /**
     * Checks that a provider keeps each data category for one period only, so the deletion time is unambiguous.
     *
     * @param provider the service provider
     * @param report where findings go
     * @return whether the constraint holds
     */
    public static boolean oneRetentionPolicyPerCategory(ServiceProvider provider, ConstraintReport report) {
        Map<DataCategory, Integer> counts = new EnumMap<>(DataCategory.class);
        for (RetentionPolicy policy : provider.getRetentionPolicies()) {
            counts.merge(policy.getCategory(), 1, Integer::sum);
        }
        counts.forEach((category, count) -> {
            if (count > 1) {
                report.error(NLS.bind(Messages.Retention_duplicate,
                        new Object[] { Labels.of(provider), count.toString(), category.getLiteral() }),
                        Messages.Retention_duplicateHint, provider,
                        ScenarioPackage.Literals.SERVICE_PROVIDER__RETENTION_POLICIES);
            }
        });
        return report.satisfied();
    }

    /**
     * Checks that a timed event has a time or a condition; without either it never happens.
     *
     * @param event the timed event
     * @param report where findings go
     * @return whether the constraint holds
     */
    public static boolean triggerDefined(TimedEvent event, ConstraintReport report) {
        if (!event.isSetAt() && event.getWhen() == null) {
            report.error(NLS.bind(Messages.Trigger_missing, Labels.of(event)), Messages.Trigger_missingHint, event,
                    ScenarioPackage.Literals.TIMED_EVENT__AT);
        }
        return report.satisfied();
    }

    private static List<?> values(EObject object, EAttribute attribute) {
        Object value = object.eGet(attribute);
        return attribute.isMany() ? (List<?>) value : Collections.singletonList(value);
    }
}
