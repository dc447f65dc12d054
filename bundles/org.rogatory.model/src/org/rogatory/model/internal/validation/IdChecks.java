package org.rogatory.model.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.Labels;
import org.rogatory.model.query.ScenarioQuery;
import org.rogatory.model.scenario.Identified;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * Ids key references and translations, so each must be unique in its file, and scenario ids (which name files and
 * translation files) must be unique in the pack and differ from the pack id.
 */
public final class IdChecks {

    private IdChecks() {
    }

    /**
     * Checks that no two elements of a file share an id.
     *
     * @param root the pack or scenario, whose containment tree is one file
     * @param report where findings go
     * @return whether the constraint holds
     */
    public static boolean uniqueIds(EObject root, ConstraintReport report) {
        // One map entry per id; lists only for the ids that repeat, reported in the order the ids first appear.
        Map<String, Identified> first = new HashMap<>();
        Map<Identified, List<Identified>> repeated = new LinkedHashMap<>();
        Consumer<EObject> note = object -> {
            if (object instanceof Identified element && element.getId() != null) {
                Identified earlier = first.putIfAbsent(element.getId(), element);
                if (earlier != null) {
                    repeated.computeIfAbsent(earlier, e -> new ArrayList<>(List.of(e))).add(element);
                }
            }
        };
        // The same elements in the same order as ScenarioQuery.identifiedIn, without making the list.
        note.accept(root);
        TreeWalk.contents(root, note);
        if (repeated.isEmpty()) {
            return report.satisfied();
        }
        Map<String, List<Identified>> byId = new LinkedHashMap<>();
        for (Identified element : ScenarioQuery.identifiedIn(root)) {
            List<Identified> elements = repeated.get(element);
            if (elements != null) {
                byId.put(element.getId(), elements);
            }
        }
        byId.forEach((id, elements) -> {
            if (elements.size() > 1) {
                String all = elements.stream().map(Labels::of).collect(Collectors.joining(", ")); //$NON-NLS-1$
                report.error(NLS.bind(Messages.UniqueIds_duplicate, new Object[] { id, Labels.of(root), all }),
                        Messages.UniqueIds_duplicateHint, elements.get(1), ScenarioPackage.Literals.IDENTIFIED__ID);
            }
        });
        return report.satisfied();
    }

    /**
     * Checks that the pack's scenarios have distinct ids, none equal to the pack's own.
     *
     * @param pack the pack
     * @param report where findings go
     * @return whether the constraint holds
     */
    public static boolean scenarioIdsUnique(Pack pack, ConstraintReport report) {
        Map<String, Scenario> seen = new LinkedHashMap<>();
        for (Scenario scenario : pack.getScenarios()) {
            String id = scenario.eIsProxy() ? null : scenario.getId();
            if (id == null) {
                continue;
            }
            if (id.equals(pack.getId())) {
                report.error(NLS.bind(Messages.ScenarioIds_packId, Labels.of(pack), id),
                        Messages.ScenarioIds_packIdHint, pack, ScenarioPackage.Literals.PACK__SCENARIOS);
            }
            if (seen.putIfAbsent(id, scenario) != null) {
                report.error(NLS.bind(Messages.ScenarioIds_duplicate, Labels.of(pack), id),
                        Messages.ScenarioIds_duplicateHint, pack, ScenarioPackage.Literals.PACK__SCENARIOS);
            }
        }
        return report.satisfied();
    }
}
