package org.rogatory.treaty.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rogatory.treaty.ArticleEntry;
import org.rogatory.treaty.Citation;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.ProvisionEntry;
import org.rogatory.treaty.internal.citation.CitationSyntax;
import org.rogatory.treaty.internal.citation.ParagraphLabels;
import org.rogatory.treaty.internal.citation.Statuses;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * Checks citations as authors write them in scenario packs ("Art. 42", "Art. 2(h)", "Arts. 49-50") against the
 * knowledge base. It tells apart a paragraph that does not exist (an error) from one that exists but whose number is
 * not verified (a warning: the paragraph will be shown as the article alone), which is what the instructor validator
 * needs to report.
 */
public final class CitationValidator {

    private final ConventionKnowledgeBase knowledgeBase;

    /**
     * Creates a validator.
     *
     * @param knowledgeBase the knowledge base to check against
     */
    public CitationValidator(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = Objects.requireNonNull(knowledgeBase);
    }

    /**
     * Checks one citation.
     *
     * @param text what the author wrote
     * @return the finding, with the citation as Rogatory will show it
     */
    public CitationCheck check(String text) {
        Optional<CitationSyntax.Parsed> parsed = CitationSyntax.parse(text);
        if (parsed.isEmpty()) {
            return new CitationCheck(text, CitationOutcome.MALFORMED, List.of(),
                    NLS.bind(Messages.Check_malformed, text));
        }
        CitationSyntax.Parsed citation = parsed.get();
        if (citation.isRange()) {
            return checkRange(text, citation);
        }
        Optional<ArticleEntry> article = knowledgeBase.article(citation.firstArticle());
        if (article.isEmpty()) {
            return unknownArticle(text, citation.firstArticle());
        }
        if (citation.paragraph().isEmpty()) {
            Citation whole = article.get().citation();
            return new CitationCheck(text, CitationOutcome.VALID, List.of(whole),
                    NLS.bind(Messages.Check_valid, whole, article.get().title()));
        }
        return checkParagraph(text, article.get(), citation.paragraph());
    }

    private CitationCheck checkParagraph(String text, ArticleEntry article, String paragraph) {
        List<ProvisionEntry> matches = new ArrayList<>();
        for (ProvisionEntry provision : article.provisions()) {
            String part = ParagraphLabels.paragraphPart(provision.label(), article.number());
            if (!part.isEmpty()
                    && ParagraphLabels.expand(part).stream().anyMatch(p -> ParagraphLabels.covers(p, paragraph))) {
                matches.add(provision);
            }
        }
        if (matches.isEmpty()) {
            return new CitationCheck(text, CitationOutcome.UNKNOWN_PARAGRAPH, List.of(article.citation()),
                    NLS.bind(Messages.Check_unknownParagraph, article.citation(), paragraph));
        }
        ProvisionEntry best = matches.stream().filter(p -> p.numberStatus() == VerificationStatus.VERIFIED)
                .findFirst().orElse(matches.get(0));
        Citation shown = Citation.ofParagraph(article.number(), paragraph, best.numberStatus(),
                best.citation().status());
        if (shown.showsParagraph()) {
            return new CitationCheck(text, CitationOutcome.VALID, List.of(shown),
                    NLS.bind(Messages.Check_valid, shown, article.title()));
        }
        return new CitationCheck(text, CitationOutcome.UNVERIFIED_PARAGRAPH, List.of(shown),
                NLS.bind(Messages.Check_unverifiedParagraph, text.trim(), shown));
    }

    private CitationCheck checkRange(String text, CitationSyntax.Parsed citation) {
        if (citation.lastArticle() < citation.firstArticle()) {
            return new CitationCheck(text, CitationOutcome.MALFORMED, List.of(),
                    NLS.bind(Messages.Check_reversedRange, text));
        }
        Optional<ArticleEntry> first = knowledgeBase.article(citation.firstArticle());
        Optional<ArticleEntry> last = knowledgeBase.article(citation.lastArticle());
        if (first.isEmpty()) {
            return unknownArticle(text, citation.firstArticle());
        }
        if (last.isEmpty()) {
            return unknownArticle(text, citation.lastArticle());
        }
        Citation range = Citation.ofRange(citation.firstArticle(), citation.lastArticle(),
                Statuses.weakest(first.get().citation().status(), last.get().citation().status()));
        return new CitationCheck(text, CitationOutcome.VALID, List.of(range), NLS.bind(Messages.Check_validRange,
                new Object[] { range, first.get().title(), last.get().title() }));
    }

    private CitationCheck unknownArticle(String text, int number) {
        return new CitationCheck(text, CitationOutcome.UNKNOWN_ARTICLE, List.of(), NLS.bind(
                Messages.Check_unknownArticle, Integer.toString(number),
                Integer.toString(knowledgeBase.articles().size())));
    }
}
