package org.rogatory.benchmarks.data;

import static org.rogatory.benchmarks.data.ModelKit.DAY;
import static org.rogatory.benchmarks.data.ModelKit.F;
import static org.rogatory.benchmarks.data.ModelKit.after;
import static org.rogatory.benchmarks.data.ModelKit.allOf;
import static org.rogatory.benchmarks.data.ModelKit.asset;
import static org.rogatory.benchmarks.data.ModelKit.assetIs;
import static org.rogatory.benchmarks.data.ModelKit.evidence;
import static org.rogatory.benchmarks.data.ModelKit.evidenceIs;
import static org.rogatory.benchmarks.data.ModelKit.flag;
import static org.rogatory.benchmarks.data.ModelKit.flagSet;
import static org.rogatory.benchmarks.data.ModelKit.message;

import org.rogatory.model.scenario.AssetStatus;
import org.rogatory.model.scenario.AuthorityKind;
import org.rogatory.model.scenario.EvidenceStatus;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.TimedEvent;

/**
 * The two timed events of a synthetic case: a press leak at a fixed minute, and a suspect who wipes an account and
 * moves the money once warned, which fires on a condition. Together they exercise both kinds of trigger.
 */
final class TimedEvents {

    private final CaseFile file;

    TimedEvents(CaseFile file) {
        this.file = file;
    }

    void addTo(Scenario scenario) {
        TimedEvent leak = F.createTimedEvent();
        leak.setId("event-press-leak");
        leak.setTitle("The press reports on the case");
        leak.setNarrative("A newspaper in " + file.home().getName() + " reports that the police are investigating.");
        leak.setAt((2 + file.random().nextInt(3)) * DAY);
        leak.getConsequences().add(flag(file.pressLeak(), true));
        leak.getConsequences().add(message("leak-message", 30,
                SyntheticCast.authority(file.home(), AuthorityKind.POLICE), "Press report",
                "The police warn that the suspects may now read about the case."));
        scenario.getTimedEvents().add(leak);

        CaseFile.Holder mail = file.holder(1);
        TimedEvent wipe = F.createTimedEvent();
        wipe.setId("event-wipe");
        wipe.setTitle("The suspect cleans up");
        wipe.setNarrative("Warned, the suspect deletes the mailbox and moves the funds.");
        wipe.setWhen(allOf(flagSet(file.suspectWarned()), after(DAY)));
        wipe.getConsequences().add(evidence(EvidenceStatus.LOST, 60, mail.content(),
                evidenceIs(mail.content(), EvidenceStatus.AT_RISK)));
        wipe.getConsequences().add(asset(AssetStatus.DISSIPATED, 120, file.assets().get(0),
                assetIs(file.assets().get(0), AssetStatus.AT_RISK)));
        scenario.getTimedEvents().add(wipe);
    }
}
