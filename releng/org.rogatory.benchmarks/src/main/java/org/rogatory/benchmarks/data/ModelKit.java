package org.rogatory.benchmarks.data;

import java.util.List;

import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.ActionTakenCondition;
import org.rogatory.model.scenario.Actor;
import org.rogatory.model.scenario.Asset;
import org.rogatory.model.scenario.AssetStatus;
import org.rogatory.model.scenario.AssetStatusChange;
import org.rogatory.model.scenario.AssetStatusCondition;
import org.rogatory.model.scenario.Condition;
import org.rogatory.model.scenario.ConditionGroup;
import org.rogatory.model.scenario.Consequence;
import org.rogatory.model.scenario.Criterion;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.EvidenceStatusChange;
import org.rogatory.model.scenario.EvidenceStatusCondition;
import org.rogatory.model.scenario.Flag;
import org.rogatory.model.scenario.FlagCondition;
import org.rogatory.model.scenario.LogicalOperator;
import org.rogatory.model.scenario.Message;
import org.rogatory.model.scenario.RequestIncludesCondition;
import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.ScoreEffect;
import org.rogatory.model.scenario.SetFlag;
import org.rogatory.model.scenario.TimeCondition;

/**
 * Short constructors for the consequences and conditions the synthetic scenarios use, so that the scenario builders
 * read like the story they tell rather than like a list of setter calls.
 */
final class ModelKit {

    static final ScenarioFactory F = ScenarioFactory.eINSTANCE;
    static final int HOUR = 60;
    static final int DAY = 24 * HOUR;

    private ModelKit() {
    }

    static EvidenceStatusChange evidence(EvidenceStatus status, int delay, DataItem item, Condition onlyIf) {
        EvidenceStatusChange change = F.createEvidenceStatusChange();
        change.setStatus(status);
        change.setDelay(delay);
        change.getDataItems().add(item);
        change.setOnlyIf(onlyIf);
        return change;
    }

    static AssetStatusChange asset(AssetStatus status, int delay, Asset asset, Condition onlyIf) {
        AssetStatusChange change = F.createAssetStatusChange();
        change.setStatus(status);
        change.setDelay(delay);
        change.getAssets().add(asset);
        change.setOnlyIf(onlyIf);
        return change;
    }

    static Message message(String id, int delay, Actor sender, String subject, String text) {
        Message message = F.createMessage();
        message.setId(id);
        message.setDelay(delay);
        message.setSender(sender);
        message.setSubject(subject);
        message.setText(text);
        return message;
    }

    static SetFlag flag(Flag flag, boolean value) {
        SetFlag set = F.createSetFlag();
        set.setFlag(flag);
        set.setValue(value);
        return set;
    }

    static ScoreEffect score(Criterion criterion, int delta) {
        ScoreEffect effect = F.createScoreEffect();
        effect.setCriterion(criterion);
        effect.setDelta(delta);
        return effect;
    }

    static <T extends Consequence> T onlyIf(T consequence, Condition condition) {
        consequence.setOnlyIf(condition);
        return consequence;
    }

    static EvidenceStatusCondition evidenceIs(DataItem item, EvidenceStatus status) {
        EvidenceStatusCondition condition = F.createEvidenceStatusCondition();
        condition.setDataItem(item);
        condition.setStatus(status);
        return condition;
    }

    static AssetStatusCondition assetIs(Asset asset, AssetStatus status) {
        AssetStatusCondition condition = F.createAssetStatusCondition();
        condition.setAsset(asset);
        condition.setStatus(status);
        return condition;
    }

    static FlagCondition flagSet(Flag flag) {
        FlagCondition condition = F.createFlagCondition();
        condition.setFlag(flag);
        return condition;
    }

    static ActionTakenCondition taken(Action action) {
        ActionTakenCondition condition = F.createActionTakenCondition();
        condition.setAction(action);
        return condition;
    }

    static TimeCondition after(int minutes) {
        TimeCondition condition = F.createTimeCondition();
        condition.setAfter(minutes);
        return condition;
    }

    static RequestIncludesCondition requestIncludes(Action action, List<String> elements) {
        RequestIncludesCondition condition = F.createRequestIncludesCondition();
        condition.setAction(action);
        condition.getElements().addAll(elements);
        return condition;
    }

    static ConditionGroup allOf(Condition... operands) {
        return group(LogicalOperator.ALL_OF, operands);
    }

    static ConditionGroup anyOf(Condition... operands) {
        return group(LogicalOperator.ANY_OF, operands);
    }

    static ConditionGroup not(Condition operand) {
        return group(LogicalOperator.NONE_OF, operand);
    }

    private static ConditionGroup group(LogicalOperator operator, Condition... operands) {
        ConditionGroup group = F.createConditionGroup();
        group.setOperator(operator);
        group.getOperands().addAll(List.of(operands));
        return group;
    }
}
