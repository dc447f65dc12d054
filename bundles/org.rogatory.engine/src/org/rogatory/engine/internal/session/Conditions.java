package org.rogatory.engine.internal.session;

import java.util.List;

import org.rogatory.engine.session.ActionInput;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.ActionTakenCondition;
import org.rogatory.model.scenario.AssetStatusCondition;
import org.rogatory.model.scenario.Condition;
import org.rogatory.model.scenario.ConditionGroup;
import org.rogatory.model.scenario.EvidenceStatusCondition;
import org.rogatory.model.scenario.FlagCondition;
import org.rogatory.model.scenario.RequestIncludesCondition;
import org.rogatory.model.scenario.TimeCondition;

/** Decides whether a scenario's condition holds in the current state. An absent condition always holds. */
final class Conditions {

    private final SessionState state;

    Conditions(SessionState state) {
        this.state = state;
    }

    boolean holds(Condition condition) {
        if (condition == null) {
            return true;
        }
        if (condition instanceof ConditionGroup group) {
            return switch (group.getOperator()) {
                case ALL_OF -> !anyHolds(group.getOperands(), false);
                case ANY_OF -> anyHolds(group.getOperands(), true);
                case NONE_OF -> !anyHolds(group.getOperands(), true);
            };
        }
        if (condition instanceof EvidenceStatusCondition c) {
            return state.evidence.get(c.getDataItem()) == c.getStatus();
        }
        if (condition instanceof AssetStatusCondition c) {
            return state.assets.get(c.getAsset()) == c.getStatus();
        }
        if (condition instanceof ActionTakenCondition c) {
            return state.taken.contains(c.getAction());
        }
        if (condition instanceof TimeCondition c) {
            return state.now >= c.getAfter();
        }
        if (condition instanceof FlagCondition c) {
            return state.flags.contains(c.getFlag());
        }
        if (condition instanceof RequestIncludesCondition c) {
            return state.taken.contains(c.getAction()) && sentElements(c.getAction()).containsAll(c.getElements());
        }
        throw new IllegalStateException("unknown condition type " + condition.eClass().getName()); //$NON-NLS-1$
    }

    /**
     * Whether any operand's {@link #holds} is {@code value}, stopping at the first; as the streams' allMatch (not any
     * false), anyMatch and noneMatch (not any true) did, without a stream per condition: every available action's
     * condition is checked at every decision.
     */
    private boolean anyHolds(List<Condition> operands, boolean value) {
        for (Condition operand : operands) {
            if (holds(operand) == value) {
                return true;
            }
        }
        return false;
    }

    /** The request elements an action actually sent: what the trainee drafted, or what the author wrote in. */
    List<String> sentElements(Action action) {
        if (action.isTraineeDrafts()) {
            ActionInput input = state.inputs.get(action);
            return input == null ? List.of() : input.requestElements();
        }
        return action.getRequestElements();
    }
}
