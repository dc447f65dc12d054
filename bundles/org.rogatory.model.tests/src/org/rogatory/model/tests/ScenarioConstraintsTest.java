package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rogatory.model.tests.Elements.F;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rogatory.model.scenario.DataCategory;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.TimeCondition;
import org.rogatory.model.scenario.TimedEvent;
import org.rogatory.model.validation.ScenarioConstraints;

/**
 * Each of the 13 constraints of the format holds for the minimal pack and fails, naming the element and the fix, when
 * that pack is broken in the one way the constraint is about.
 */
class ScenarioConstraintsTest {

    private final MinimalPack m = new MinimalPack();

    @Nested
    class PackUniqueIds {
        @Test
        void holdsWhenIdsDiffer() {
            Findings.assertNone(m.pack, ScenarioConstraints.PACK_UNIQUE_IDS);
        }

        @Test
        void failsWhenTwoElementsOfThePackShareAnId() {
            m.foreignCentral.setId("b-ca");
            Findings.assertOne(m.pack, ScenarioConstraints.PACK_UNIQUE_IDS, Diagnostic.ERROR, "b-ca");
        }
    }

    @Nested
    class ScenarioIdsUnique {
        @Test
        void holdsWhenScenarioIdsDifferFromEachOtherAndThePack() {
            Findings.assertNone(m.pack, ScenarioConstraints.PACK_SCENARIO_IDS_UNIQUE);
        }

        @Test
        void failsWhenAScenarioHasThePackId() {
            m.scenario.setId("minimal");
            Findings.assertOne(m.pack, ScenarioConstraints.PACK_SCENARIO_IDS_UNIQUE, Diagnostic.ERROR, "minimal");
        }

        @Test
        void failsWhenTwoScenariosShareAnId() {
            Scenario twin = F.createScenario();
            twin.setId("case");
            m.pack.getScenarios().add(twin);
            Findings.assertOne(m.pack, ScenarioConstraints.PACK_SCENARIO_IDS_UNIQUE, Diagnostic.ERROR, "case");
        }
    }

    @Nested
    class SourceLanguageListed {
        @Test
        void holdsWhenTheSourceLanguageIsListed() {
            Findings.assertNone(m.pack, ScenarioConstraints.PACK_SOURCE_LANGUAGE_LISTED);
        }

        @Test
        void failsWhenTheSourceLanguageIsNotListed() {
            m.pack.getLanguages().remove("en");
            Findings.assertOne(m.pack, ScenarioConstraints.PACK_SOURCE_LANGUAGE_LISTED, Diagnostic.ERROR, "minimal");
        }
    }

    @Nested
    class DesignatedAuthoritiesOwned {
        @Test
        void holdsWhenAStateDesignatesItsOwnAuthority() {
            Findings.assertNone(m.home, ScenarioConstraints.STATE_DESIGNATED_AUTHORITIES_OWNED);
        }

        @Test
        void failsWhenAStateDesignatesAnotherStatesAuthority() {
            m.home.setCentralAuthority(m.foreignCentral);
            Diagnostic finding = Findings.assertOne(m.home, ScenarioConstraints.STATE_DESIGNATED_AUTHORITIES_OWNED,
                    Diagnostic.ERROR, "B");
            assertTrue(finding.getMessage().contains("\"c-ca\""), finding.getMessage());
            assertTrue(finding.getMessage().contains("central authority"), finding.getMessage());
        }
    }

    @Nested
    class ScenarioUniqueIds {
        @Test
        void holdsWhenIdsDiffer() {
            Findings.assertNone(m.scenario, ScenarioConstraints.SCENARIO_UNIQUE_IDS);
        }

        @Test
        void failsWhenTwoElementsOfTheScenarioShareAnId() {
            m.followUp.setId("dp-start");
            Findings.assertOne(m.scenario, ScenarioConstraints.SCENARIO_UNIQUE_IDS, Diagnostic.ERROR, "dp-start");
        }
    }

    @Nested
    class StartDecisionPointSet {
        @Test
        void holdsWhenTheStartIsOneOfTheScenariosDecisionPoints() {
            Findings.assertNone(m.scenario, ScenarioConstraints.SCENARIO_START_DECISION_POINT_SET);
        }

        @Test
        void failsWhenThereIsNoStart() {
            m.scenario.setStart(null);
            Findings.assertOne(m.scenario, ScenarioConstraints.SCENARIO_START_DECISION_POINT_SET, Diagnostic.ERROR,
                    "case");
        }

        @Test
        void failsWhenTheStartBelongsToAnotherScenario() {
            m.scenario.setStart(Elements.decisionPoint("elsewhere", "Somewhere else"));
            Diagnostic finding = Findings.assertOne(m.scenario,
                    ScenarioConstraints.SCENARIO_START_DECISION_POINT_SET, Diagnostic.ERROR, "elsewhere");
            assertTrue(finding.getMessage().contains("\"case\""), finding.getMessage());
        }
    }

    @Nested
    class CitationsWellFormed {
        @Test
        void holdsForCitationsWithParagraphs() {
            m.preserve.getInvokedArticles().add("Art. 42(1)(a)");
            Findings.assertNone(m.scenario, ScenarioConstraints.SCENARIO_CITATIONS_WELL_FORMED);
        }

        @Test
        void failsForACitationWrittenAnotherWay() {
            m.preserve.getInvokedArticles().set(0, "Article 42");
            Diagnostic finding = Findings.assertOne(m.scenario, ScenarioConstraints.SCENARIO_CITATIONS_WELL_FORMED,
                    Diagnostic.ERROR, "preserve");
            assertTrue(finding.getMessage().contains("Article 42"), finding.getMessage());
        }
    }

    @Nested
    class ReferencedStatesInCast {
        @Test
        void holdsWhenEveryStateReferredToIsInTheCast() {
            Findings.assertNone(m.scenario, ScenarioConstraints.SCENARIO_REFERENCED_STATES_IN_CAST);
        }

        @Test
        void failsWhenAnActionTargetsAStateOutsideTheCast() {
            m.preserve.setTargetState(m.outsider);
            Diagnostic finding = Findings.assertOne(m.scenario,
                    ScenarioConstraints.SCENARIO_REFERENCED_STATES_IN_CAST, Diagnostic.ERROR, "preserve");
            assertTrue(finding.getMessage().contains("\"X\""), finding.getMessage());
        }

        @Test
        void failsWhenAnAuthorityOfAStateOutsideTheCastIsAddressed() {
            m.scenario.getCast().remove(m.foreign);
            m.preserve.setTargetState(m.home);
            m.logs.setLocation(m.home);
            m.provider.setEstablishedIn(m.home);
            m.request.setTargetState(m.home);
            Diagnostic finding = Findings.assertOne(m.scenario,
                    ScenarioConstraints.SCENARIO_REFERENCED_STATES_IN_CAST, Diagnostic.ERROR, "c-ca");
            assertTrue(finding.getMessage().contains("addressee"), finding.getMessage());
        }
    }

    @Nested
    class DecisionPointsReachable {
        @Test
        void holdsWhenATimedEventOpensTheDecisionPoint() {
            m.preserve.getNext().clear();
            m.scenario.getTimedEvents().get(0).getConsequences().add(Elements.open(m.followUp));
            Findings.assertNone(m.scenario, ScenarioConstraints.SCENARIO_DECISION_POINTS_REACHABLE);
        }

        @Test
        void warnsWhenNothingOpensADecisionPoint() {
            m.preserve.getNext().clear();
            Findings.assertOne(m.scenario, ScenarioConstraints.SCENARIO_DECISION_POINTS_REACHABLE,
                    Diagnostic.WARNING, "dp-follow");
        }
    }

    @Nested
    class ReferencePathConsistent {
        @Test
        void holdsWhenARepeatableActionIsTakenTwice() {
            m.preserve.setRepeatable(true);
            m.scenario.getReferencePath().add(1, Elements.step("again", m.preserve, "Once more."));
            Findings.assertNone(m.scenario, ScenarioConstraints.SCENARIO_REFERENCE_PATH_CONSISTENT);
        }

        @Test
        void failsWhenAStepTakesAnActionBeforeItsDecisionPointOpens() {
            m.scenario.getReferencePath().move(0, 1);
            Diagnostic finding = Findings.assertOne(m.scenario,
                    ScenarioConstraints.SCENARIO_REFERENCE_PATH_CONSISTENT, Diagnostic.ERROR, "step-2");
            assertTrue(finding.getMessage().contains("\"dp-follow\""), finding.getMessage());
        }

        @Test
        void failsWhenANonRepeatableActionIsTakenTwice() {
            m.scenario.getReferencePath().add(1, Elements.step("again", m.preserve, "Once more."));
            Findings.assertOne(m.scenario, ScenarioConstraints.SCENARIO_REFERENCE_PATH_CONSISTENT, Diagnostic.ERROR,
                    "again");
        }
    }

    @Nested
    class TimeBudgetPositive {
        @Test
        void holdsForAPositiveBudget() {
            Findings.assertNone(m.scenario, ScenarioConstraints.SCENARIO_TIME_BUDGET_POSITIVE);
        }

        @Test
        void failsForAZeroBudget() {
            m.scenario.setTimeBudget(0);
            Findings.assertOne(m.scenario, ScenarioConstraints.SCENARIO_TIME_BUDGET_POSITIVE, Diagnostic.ERROR,
                    "case");
        }
    }

    @Nested
    class OneRetentionPolicyPerCategory {
        @Test
        void holdsForOnePolicyPerCategory() {
            m.provider.getRetentionPolicies().add(Elements.retention(DataCategory.CONTENT_DATA, 30));
            Findings.assertNone(m.scenario, ScenarioConstraints.PROVIDER_ONE_RETENTION_POLICY_PER_CATEGORY);
        }

        @Test
        void failsForTwoPoliciesOfOneCategory() {
            m.provider.getRetentionPolicies().add(Elements.retention(DataCategory.TRAFFIC_DATA, 30));
            Diagnostic finding = Findings.assertOne(m.scenario,
                    ScenarioConstraints.PROVIDER_ONE_RETENTION_POLICY_PER_CATEGORY, Diagnostic.ERROR, "hostco");
            assertTrue(finding.getMessage().contains("TRAFFIC_DATA"), finding.getMessage());
        }
    }

    @Nested
    class TriggerDefined {
        @Test
        void holdsForAnEventWithAConditionInsteadOfATime() {
            TimedEvent event = m.scenario.getTimedEvents().get(0);
            event.unsetAt();
            TimeCondition after = F.createTimeCondition();
            after.setAfter(60);
            event.setWhen(after);
            Findings.assertNone(m.scenario, ScenarioConstraints.TIMED_EVENT_TRIGGER_DEFINED);
        }

        @Test
        void failsForAnEventWithNeitherTimeNorCondition() {
            m.scenario.getTimedEvents().get(0).unsetAt();
            Findings.assertOne(m.scenario, ScenarioConstraints.TIMED_EVENT_TRIGGER_DEFINED, Diagnostic.ERROR,
                    "deletion");
        }
    }
}
