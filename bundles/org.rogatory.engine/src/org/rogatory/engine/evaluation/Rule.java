package org.rogatory.engine.evaluation;

import java.util.Optional;

/**
 * One family of legal checks (scope, dual criminality, channel, request contents...). A rule looks at a decision in
 * its context and either says nothing (it does not apply) or makes one finding. Rules never change the session.
 */
public interface Rule {

    /** A stable id, shown in debriefs and used by golden tests, e.g. {@code channel}. */
    String id();

    /** Returns the finding on this decision, or empty when the rule does not apply to it. */
    Optional<Evaluation.Finding> check(RuleContext context);
}
