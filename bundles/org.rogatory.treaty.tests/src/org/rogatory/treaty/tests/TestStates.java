package org.rogatory.treaty.tests;

import java.util.List;
import java.util.Locale;

import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.Declaration;
import org.rogatory.model.scenario.DeclarationKind;
import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.State;

/**
 * Builds the States of the rule tests with the scenario model's own factory, as a pack would hold them.
 */
final class TestStates {

    private TestStates() {
    }

    static State party(String name) {
        return state(name, ConventionStatus.PARTY);
    }

    static State state(String name, ConventionStatus status) {
        State state = ScenarioFactory.eINSTANCE.createState();
        state.setId(name.toLowerCase(Locale.ROOT));
        state.setCode(name.substring(0, 2).toUpperCase(Locale.ROOT));
        state.setName(name);
        state.setConventionStatus(status);
        return state;
    }

    static State declare(State state, DeclarationKind kind, String topic, String... values) {
        Declaration declaration = ScenarioFactory.eINSTANCE.createDeclaration();
        declaration.setId(state.getId() + '-' + topic);
        declaration.setKind(kind);
        declaration.setTopic(topic);
        declaration.getValues().addAll(List.of(values));
        state.getDeclarations().add(declaration);
        return state;
    }
}
