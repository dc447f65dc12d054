package org.rogatory.model.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Scenario;

/**
 * A pack as loaded: the manifest, the scenarios that were asked for, and where they came from. Keeping the source
 * with the model lets the localizer find the pack's translations without being told twice where the pack is.
 */
public final class LoadedPack {

    private final PackSource source;
    private final Pack pack;
    private final List<Scenario> scenarios;
    /** The first scenario with each id, so a batch of transcripts finds its scenarios without a search. */
    private final Map<String, Scenario> byId = new HashMap<>();

    LoadedPack(PackSource source, Pack pack, List<Scenario> scenarios) {
        this.source = source;
        this.pack = pack;
        this.scenarios = List.copyOf(scenarios);
        for (Scenario scenario : this.scenarios) {
            if (scenario.getId() != null) {
                byId.putIfAbsent(scenario.getId(), scenario);
            }
        }
    }

    /**
     * Gives the pack manifest: metadata, cast, conducts, rubrics.
     *
     * @return the pack
     */
    public Pack pack() {
        return pack;
    }

    /**
     * Gives the scenarios that were loaded: all of the pack's for {@link ScenarioLoader#loadPack(PackSource)}, the one
     * asked for by {@link ScenarioLoader#loadScenario(PackSource, String)}.
     *
     * @return the scenarios in catalogue order
     */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /**
     * Finds a loaded scenario by id, as the command line and the case library name them.
     *
     * @param id the scenario's id
     * @return the scenario, or empty if none with that id was loaded
     */
    public Optional<Scenario> scenario(String id) {
        Scenario indexed = byId.get(id);
        if (indexed != null && id.equals(indexed.getId())) {
            return Optional.of(indexed);
        }
        // Not indexed, or its id changed since loading: the list is the truth.
        return scenarios.stream().filter(s -> id.equals(s.getId())).findFirst();
    }

    /**
     * Gives the source the pack was read from, for reading its other files (translations).
     *
     * @return the source
     */
    public PackSource source() {
        return source;
    }
}
