package org.rogatory.treaty;

import java.util.List;
import java.util.Optional;

import org.rogatory.treaty.model.InstrumentKind;
import org.rogatory.treaty.model.InstrumentLevel;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * A choice a trainee can make: a Convention measure, a decision, or a forbidden or baseless action, with everything
 * the engine needs to judge it. Gathering it in one immutable value keeps the engine free of legal tables.
 *
 * @param key the stable key, such as {@code international-preservation}
 * @param label the name shown to people
 * @param kind measure, decision, forbidden or without treaty basis
 * @param level domestic, international or neither
 * @param summary the instrument in plain English
 * @param governingArticles the numbers of the articles that govern it
 * @param citation the citation of its first governing provision (or article); empty when it has none
 * @param scope which offences it can be used for
 * @param dualCriminality whether dual criminality is needed
 * @param channels the channels it may travel by
 * @param requestContents what a request must or may contain, including the elements of a set it builds on
 * @param refusalGrounds the grounds the requested State may or may not invoke
 * @param refusalListClosed true where the listed grounds are the only ones allowed
 * @param budapestCounterpart the Budapest counterpart, where the notes name one
 * @param facts the thresholds and rules that apply whenever it is used
 * @param status the weakest status among its article, scope and key rules
 */
public record InstrumentEntry(String key, String label, InstrumentKind kind, InstrumentLevel level, String summary,
        List<Integer> governingArticles, Optional<Citation> citation, ScopeEntry scope,
        DualCriminalityEntry dualCriminality, List<ChannelUseEntry> channels,
        List<RequestElementEntry> requestContents, List<RefusalGroundEntry> refusalGrounds,
        boolean refusalListClosed, Optional<BudapestEntry> budapestCounterpart, List<FactEntry> facts,
        VerificationStatus status) {

    /**
     * Copies the lists, so the entry stays immutable.
     */
    public InstrumentEntry {
        governingArticles = List.copyOf(governingArticles);
        channels = List.copyOf(channels);
        requestContents = List.copyOf(requestContents);
        refusalGrounds = List.copyOf(refusalGrounds);
        facts = List.copyOf(facts);
    }
}
