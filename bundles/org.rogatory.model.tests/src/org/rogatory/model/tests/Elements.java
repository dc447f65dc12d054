package org.rogatory.model.tests;

import java.util.List;

import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Authority;
import org.rogatory.model.scenario.AuthorityKind;
import org.rogatory.model.scenario.Condition;
import org.rogatory.model.scenario.ConditionGroup;
import org.rogatory.model.scenario.Conduct;
import org.rogatory.model.scenario.Criterion;
import org.rogatory.model.scenario.DataCategory;
import org.rogatory.model.scenario.DataItem;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Instrument;
import org.rogatory.model.scenario.LogicalOperator;
import org.rogatory.model.scenario.Offence;
import org.rogatory.model.scenario.OpenDecisionPoint;
import org.rogatory.model.scenario.ReferenceStep;
import org.rogatory.model.scenario.RetentionPolicy;
import org.rogatory.model.scenario.Rubric;
import org.rogatory.model.scenario.ScenarioFactory;
import org.rogatory.model.scenario.State;
import org.rogatory.model.scenario.TimedEvent;

/**
 * Short constructors for model elements, so the test packs read as a description of a case rather than as a list of
 * setter calls.
 */
final class Elements {

    static final ScenarioFactory F = ScenarioFactory.eINSTANCE;

    private Elements() {
    }

    static State state(String id, String code, String name) {
        State state = F.createState();
        state.setId(id);
        state.setCode(code);
        state.setName(name);
        return state;
    }

    static Authority authority(State state, String id, String name, AuthorityKind kind) {
        Authority authority = F.createAuthority();
        authority.setId(id);
        authority.setName(name);
        authority.setKind(kind);
        state.getAuthorities().add(authority);
        return authority;
    }

    static Conduct conduct(String id, String name, String article) {
        Conduct conduct = F.createConduct();
        conduct.setId(id);
        conduct.setName(name);
        conduct.setConventionArticle(article);
        return conduct;
    }

    static Rubric rubric(String id, String name, String... criterionIds) {
        Rubric rubric = F.createRubric();
        rubric.setId(id);
        rubric.setName(name);
        for (String criterionId : criterionIds) {
            Criterion criterion = F.createCriterion();
            criterion.setId(criterionId);
            criterion.setLabel("Criterion " + criterionId);
            rubric.getCriteria().add(criterion);
        }
        return rubric;
    }

    static Offence offence(String id, String name, Conduct conduct, State... committedIn) {
        Offence offence = F.createOffence();
        offence.setId(id);
        offence.setName(name);
        offence.setConduct(conduct);
        offence.getCommittedIn().addAll(List.of(committedIn));
        return offence;
    }

    static DataItem dataItem(String id, String name, DataCategory category) {
        DataItem item = F.createDataItem();
        item.setId(id);
        item.setName(name);
        item.setCategory(category);
        return item;
    }

    static RetentionPolicy retention(DataCategory category, int days) {
        RetentionPolicy policy = F.createRetentionPolicy();
        policy.setCategory(category);
        policy.setDays(days);
        return policy;
    }

    static DecisionPoint decisionPoint(String id, String title) {
        DecisionPoint point = F.createDecisionPoint();
        point.setId(id);
        point.setTitle(title);
        point.setNarrative(title + ". What do you do?");
        return point;
    }

    static Action action(DecisionPoint point, String id, String label, Instrument instrument) {
        Action action = F.createAction();
        action.setId(id);
        action.setLabel(label);
        action.setInstrument(instrument);
        point.getActions().add(action);
        return action;
    }

    static OpenDecisionPoint open(DecisionPoint... points) {
        OpenDecisionPoint open = F.createOpenDecisionPoint();
        open.getDecisionPoints().addAll(List.of(points));
        return open;
    }

    static ConditionGroup group(LogicalOperator operator, Condition... operands) {
        ConditionGroup group = F.createConditionGroup();
        group.setOperator(operator);
        group.getOperands().addAll(List.of(operands));
        return group;
    }

    static TimedEvent timedEvent(String id, String title, int at) {
        TimedEvent event = F.createTimedEvent();
        event.setId(id);
        event.setTitle(title);
        event.setNarrative(title + ".");
        event.setAt(at);
        return event;
    }

    static ReferenceStep step(String id, Action action, String rationale) {
        ReferenceStep step = F.createReferenceStep();
        step.setId(id);
        step.setAction(action);
        step.setRationale(rationale);
        return step;
    }
}
