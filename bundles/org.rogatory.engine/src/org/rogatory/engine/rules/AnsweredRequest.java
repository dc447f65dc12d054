package org.rogatory.engine.rules;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.rogatory.model.scenario.Action;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.RefusalGroundEntry;
import org.rogatory.treaty.model.InstrumentKind;
import org.rogatory.treaty.model.InstrumentLevel;

/**
 * Works out which kind of request a response of the requested side answers. The scenario format has no field for it
 * (a REFUSE names only its grounds), yet the answer decides which grounds are open: preservation has a closed list,
 * extradition has its own grounds. The articles the response invokes decide first; otherwise the grounds decide when
 * only one measure lists them all. When neither settles it, the response is judged ground by ground.
 */
final class AnsweredRequest {

    private AnsweredRequest() {
    }

    static Optional<InstrumentEntry> of(ConventionKnowledgeBase knowledgeBase, Action action) {
        List<InstrumentEntry> candidates = knowledgeBase.instruments().stream()
                .filter(i -> i.kind() == InstrumentKind.LEGAL_MEASURE && i.level() == InstrumentLevel.INTERNATIONAL
                        && !i.refusalGrounds().isEmpty())
                .toList();
        List<Integer> invoked = action.getInvokedArticles().stream().map(OffenceFacts::articleNumber)
                .filter(OptionalInt::isPresent).map(OptionalInt::getAsInt).toList();
        List<InstrumentEntry> byArticle = candidates.stream()
                .filter(i -> !i.governingArticles().isEmpty() && invoked.contains(i.governingArticles().get(0)))
                .toList();
        if (byArticle.size() == 1) {
            return Optional.of(byArticle.get(0));
        }
        List<String> grounds = action.getGrounds().stream().filter(g -> knowledgeBase.refusalGround(g).isPresent())
                .toList();
        if (grounds.isEmpty()) {
            return Optional.empty();
        }
        List<InstrumentEntry> pool = byArticle.isEmpty() ? candidates : byArticle;
        List<InstrumentEntry> byGrounds = pool.stream().filter(i -> lists(i, grounds)).toList();
        return byGrounds.size() == 1 ? Optional.of(byGrounds.get(0)) : Optional.empty();
    }

    private static boolean lists(InstrumentEntry instrument, List<String> grounds) {
        List<String> keys = instrument.refusalGrounds().stream().map(RefusalGroundEntry::key).toList();
        return keys.containsAll(grounds);
    }
}
