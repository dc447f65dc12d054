package org.rogatory.ui.internal.play;

import java.nio.file.Path;

import org.rogatory.engine.session.TrialStart;

/**
 * An author's trial of a scenario, started from the editor: where the pack's sources are (presets are saved there),
 * where the trial starts and, in words, which path led there. A trial never counts as the trainee's progress.
 *
 * @param packFolder the folder of the pack the author edits
 * @param plan where the trial starts and the decisions replayed to get there
 * @param description the path taken, in one sentence, for the views' status
 */
public record Trial(Path packFolder, TrialStart.Plan plan, String description) {
}
