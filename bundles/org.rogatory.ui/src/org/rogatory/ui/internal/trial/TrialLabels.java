package org.rogatory.ui.internal.trial;

import org.eclipse.osgi.util.NLS;

/**
 * How views say that what they show is an author's trial, in one place, so every view says it the same way: the title
 * gets "(Trial)" and the description the path the trial took and that it is not counted as progress.
 */
public final class TrialLabels {

    private TrialLabels() {
    }

    /**
     * The title of a view while it shows a trial.
     *
     * @param baseName the view's usual title
     * @return e.g. "Action Composer (Trial)"
     */
    public static String partName(String baseName) {
        return NLS.bind(Messages.Trial_partName, baseName);
    }

    /**
     * The description of a view while it shows a trial.
     *
     * @param trialDescription the path the trial took, in words
     * @return one sentence saying it is a trial and where it started
     */
    public static String description(String trialDescription) {
        return NLS.bind(Messages.Trial_description, trialDescription);
    }
}
