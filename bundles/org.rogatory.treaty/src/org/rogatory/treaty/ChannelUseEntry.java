package org.rogatory.treaty;

import org.rogatory.treaty.model.ChannelRole;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * The use of one channel for one instrument. The same channel can be the normal route for one instrument and a
 * conditional one for another, each with its own evidence, so the role, condition and status belong to the use.
 *
 * @param channel the channel
 * @param role how the channel may be used for the instrument
 * @param condition the condition in plain English, or {@code ""} when there is none
 * @param citation where the use is provided for
 * @param status how far the use is checked
 */
public record ChannelUseEntry(ChannelEntry channel, ChannelRole role, String condition, Citation citation,
        VerificationStatus status) {
}
