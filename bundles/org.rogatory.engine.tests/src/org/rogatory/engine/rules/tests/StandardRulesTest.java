package org.rogatory.engine.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.evaluation.Rule;

/** The engine reports findings in a fixed order: lawfulness and basis first, then the request, then rights and time. */
class StandardRulesTest {

    @Test
    void rulesAreRegisteredInReportingOrder() {
        assertEquals(List.of("sovereignty", "treaty-basis", "scope", "dual-criminality", "channel",
                "request-contents", "refusal-grounds", "extradition", "safeguards", "data-protection", "timeliness"),
                Casebook.ENGINE.rules().stream().map(Rule::id).toList());
    }
}
