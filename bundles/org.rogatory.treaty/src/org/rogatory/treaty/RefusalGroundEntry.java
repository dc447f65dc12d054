package org.rogatory.treaty;

import java.util.List;

import org.rogatory.treaty.model.GroundPermission;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * A ground on which a requested State may, or may not, refuse or postpone. The engine must recognise excluded grounds
 * (fiscal nature alone, bank secrecy) as well as allowed ones, so both kinds are listed.
 *
 * @param key the stable key, such as {@code essential-interests}
 * @param label the name shown to people
 * @param permission whether the ground may be invoked
 * @param condition when the ground applies, or {@code ""}
 * @param requiresReservation true where only a State with the matching reservation may invoke it
 * @param declarationTopic the declaration topic of that reservation, or {@code ""}
 * @param postponeOnly true where the ground allows postponement but not refusal
 * @param reframeAs for an excluded ground, the keys of the grounds through which the concern may lawfully be raised
 * @param explanation the ground in plain English
 * @param citation where the ground is provided for (or excluded)
 * @param status how far the ground is checked
 */
public record RefusalGroundEntry(String key, String label, GroundPermission permission, String condition,
        boolean requiresReservation, String declarationTopic, boolean postponeOnly, List<String> reframeAs,
        String explanation, Citation citation, VerificationStatus status) {

    /**
     * Copies the list, so the entry stays immutable.
     */
    public RefusalGroundEntry {
        reframeAs = List.copyOf(reframeAs);
    }

    /**
     * Whether the Convention lets the requested State rely on the ground, before any reservation is considered.
     *
     * @return true for {@link GroundPermission#MAY}
     */
    public boolean mayInvoke() {
        return permission == GroundPermission.MAY;
    }
}
