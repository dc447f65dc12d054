package org.rogatory.treaty.citation;

import java.util.List;

import org.rogatory.treaty.Citation;

/**
 * The result of checking one citation an author wrote. It carries the citation as Rogatory will show it, with its
 * verification status, so the editor can display both the problem and the corrected form.
 *
 * @param text what the author wrote
 * @param outcome what the check found
 * @param citations the citation as shown (one, or none when the article does not exist or the text is no citation)
 * @param message the finding in plain English, for the author
 */
public record CitationCheck(String text, CitationOutcome outcome, List<Citation> citations, String message) {

    /**
     * Copies the list, so the result stays immutable.
     */
    public CitationCheck {
        citations = List.copyOf(citations);
    }

    /**
     * How serious the finding is, so a validator can turn it into a warning or an error.
     *
     * @return the severity of the outcome
     */
    public CitationOutcome.Severity severity() {
        return outcome.severity();
    }
}
