package org.rogatory.ui.internal.tests;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.rogatory.engine.debrief.Debrief;
import org.rogatory.engine.debrief.Debrief.CriterionScore;
import org.rogatory.engine.debrief.Debrief.DecisionEntry;
import org.rogatory.engine.debrief.Debrief.ReferenceEntry;
import org.rogatory.engine.session.SessionEvent;
import org.rogatory.engine.session.SessionEvent.Kind;
import org.rogatory.model.scenario.Verdict;

/** Debriefs for the UI tests, and a way to wait for background work while the UI thread keeps dispatching. */
final class DebriefSamples {

    private DebriefSamples() {
    }

    /** The debrief of the golden transcript "mistake-incomplete-preservation" of the engine tests, by hand. */
    static Debrief incompletePreservation() {
        return new Debrief("ransomware", "Ransomware at Arland General Hospital", "TIME_BUDGET_SPENT", 43200,
                List.of(new DecisionEntry(1, 0, "preserve-247",
                        "Ask Borduria's 24/7 point of contact to preserve HostCo's logs", Verdict.NON_COMPLIANT,
                        "The request is incomplete. It does not contain: why preservation is necessary.",
                        List.of("Art. 42"), List.of()),
                        new DecisionEntry(2, 300, "mla-preserved",
                                "Send the mutual legal assistance request for the preserved logs", Verdict.COMPLIANT,
                                "The formal request follows the preservation, as the 24/7 request announced.",
                                List.of("Art. 44", "Art. 65", "Art. 35", "Art. 40"), List.of())),
                List.of(new SessionEvent(0, Kind.DECISION, "preserve-247",
                        "Ask Borduria's 24/7 point of contact to preserve HostCo's logs"),
                        new SessionEvent(2880, Kind.SCENARIO_EVENT, "hospital-calls", "The hospital calls"),
                        new SessionEvent(10080, Kind.DATA_DELETED, "hostco-logs",
                                "HostCo connection logs was deleted: its holder's retention period ran out."),
                        new SessionEvent(43200, Kind.ENDED, "", "The time for this case has run out.")),
                List.of(), List.of("HostCo connection logs"),
                List.of(new CriterionScore("legality", "Legality", 3, 9),
                        new CriterionScore("timeliness", "Timeliness", 2, 2),
                        new CriterionScore("rights", "Rights and safeguards", 1, 0)),
                5.17,
                List.of(new ReferenceEntry("preserve-247",
                        "Ask Borduria's 24/7 point of contact to preserve HostCo's logs",
                        "Preserve first: HostCo deletes the logs after seven days."),
                        new ReferenceEntry("mla-preserved",
                                "Send the mutual legal assistance request for the preserved logs",
                                "Then send the formal request for the preserved logs."),
                        new ReferenceEntry("freeze", "Ask for the ransom wallet to be frozen", "")));
    }

    /** A debrief whose every text tries to break out of HTML. */
    static Debrief hostile() {
        String attack = "<script>alert('x')</script> & \"quoted\" <img src=http://evil.example/x.png>";
        return new Debrief("evil\"id", attack, "STOPPED_BY_TRAINEE", 61,
                List.of(new DecisionEntry(1, 5, "a1", attack, Verdict.COMPLIANT_WEAKER, attack,
                        List.of("Art. 2(h)\"><script>x</script>"), List.of())),
                List.of(new SessionEvent(5, Kind.MESSAGE, "m", attack)), List.of(attack), List.of(attack),
                List.of(new CriterionScore("c", attack, 1, 1)), 1.0, List.of(new ReferenceEntry("a1", attack, attack)));
    }

    /** Keeps the event loop running until {@code condition} holds, or fails after {@code millis}. */
    static void waitUntil(BooleanSupplier condition, long millis) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + millis + " ms");
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
        while (display.readAndDispatch()) {
            // let the UI settle: layouts and asyncExecs queued by the work just done
        }
    }
}
