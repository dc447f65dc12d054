package org.rogatory.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rogatory.treaty.ArticleEntry;
import org.rogatory.treaty.BudapestEntry;
import org.rogatory.treaty.ChapterEntry;
import org.rogatory.treaty.CitationFormatter;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.ProvisionEntry;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * {@code rogatory treaty <article>}: an article's title, chapter, summary and provisions, each with how far it is
 * verified, and the Budapest Convention counterpart of the measures it governs. A paragraph number is shown only
 * where it is verified against a primary text.
 */
final class TreatyCommand implements Command {

    private final ConventionKnowledgeBase knowledgeBase;

    TreatyCommand(ConventionKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public String name() {
        return "treaty"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Treaty_usage;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println(Messages.Treaty_oneArticle);
            return Cli.USAGE;
        }
        int number;
        try {
            number = Integer.parseInt(args.get(0).replaceFirst("(?i)^art(icle)?\\.?\\s*", "")); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (NumberFormatException e) {
            err.println(NLS.bind(Messages.Treaty_notANumber, args.get(0)));
            return Cli.USAGE;
        }
        ArticleEntry article = knowledgeBase.article(number).orElse(null);
        if (article == null) {
            err.println(NLS.bind(Messages.Treaty_noSuchArticle, number, knowledgeBase.declaredArticleCount()));
            return Cli.USAGE;
        }
        print(article, out);
        return Cli.OK;
    }

    private void print(ArticleEntry article, PrintStream out) {
        out.println(CitationFormatter.format(article.citation()) + ": " + article.title()); //$NON-NLS-1$
        ChapterEntry chapter = knowledgeBase.chapterOf(article.number()).orElseThrow();
        out.println(NLS.bind(Messages.Treaty_chapter, new Object[] { chapter.roman(), chapter.title(),
                chapter.firstArticle(), chapter.lastArticle() }));
        out.println(NLS.bind(Messages.Treaty_statuses, status(article.titleStatus()), status(article.status())));
        out.println();
        out.println(article.summary());
        if (!article.provisions().isEmpty()) {
            out.println();
            out.println(Messages.Treaty_provisions);
            for (ProvisionEntry provision : article.provisions()) {
                boolean numbered = provision.numberStatus() == VerificationStatus.VERIFIED && !provision.label().isEmpty();
                String label = numbered ? provision.label() : Messages.Treaty_unnumbered;
                out.println(NLS.bind(Messages.Treaty_provision, new Object[] { label, provision.text(),
                        status(provision.contentStatus()) }));
            }
        }
        for (InstrumentEntry instrument : knowledgeBase.instruments()) {
            if (instrument.governingArticles().contains(article.number())) {
                instrument.budapestCounterpart().ifPresent(b -> printBudapest(instrument, b, out));
            }
        }
    }

    private static void printBudapest(InstrumentEntry instrument, BudapestEntry budapest, PrintStream out) {
        out.println();
        List<String> numbers = budapest.budapestArticles();
        String articles = numbers.isEmpty() ? Messages.Treaty_noCounterpart
                : (numbers.size() == 1 ? "Art. " : "Arts. ") + String.join(", ", numbers); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.println(NLS.bind(Messages.Treaty_budapest, instrument.label(), articles));
        if (budapest.differences() != null && !budapest.differences().isBlank()) {
            out.println("  " + budapest.differences()); //$NON-NLS-1$
        }
    }

    private static String status(VerificationStatus status) {
        return switch (status) {
            case VERIFIED -> Messages.Treaty_verified;
            case SECONDARY -> Messages.Treaty_secondary;
            case UNVERIFIED -> Messages.Treaty_unverified;
        };
    }
}
