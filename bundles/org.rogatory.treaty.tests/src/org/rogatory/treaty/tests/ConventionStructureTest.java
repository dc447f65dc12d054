package org.rogatory.treaty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.rogatory.treaty.ArticleEntry;
import org.rogatory.treaty.ChapterEntry;
import org.rogatory.treaty.ConventionKnowledgeBase;

/**
 * The shape of the Convention in the data: 68 articles in 9 chapters with the ranges the notes give, nothing missing
 * and nothing twice. A press figure of 71 articles circulates; these tests keep it out.
 */
class ConventionStructureTest {

    private final ConventionKnowledgeBase kb = ConventionKnowledgeBase.bundled();

    @Test
    void hasExactlySixtyEightArticlesNumberedOneToSixtyEight() {
        List<Integer> numbers = kb.articles().stream().map(ArticleEntry::number).toList();
        assertEquals(IntStream.rangeClosed(1, 68).boxed().toList(), numbers);
        assertEquals(68, kb.declaredArticleCount());
        assertTrue(kb.article(69).isEmpty());
        assertTrue(kb.article(71).isEmpty());
    }

    @Test
    void hasNineChaptersWithTheNotedRanges() {
        List<String> ranges = kb.chapters().stream()
                .map(c -> c.roman() + ' ' + c.firstArticle() + '-' + c.lastArticle()).toList();
        assertEquals(List.of("I 1-6", "II 7-21", "III 22-22", "IV 23-34", "V 35-52", "VI 53-53", "VII 54-56",
                "VIII 57-58", "IX 59-68"), ranges);
        assertEquals(9, kb.declaredChapterCount());
    }

    @Test
    void chapterRangesHaveNoGapOrOverlap() {
        int next = 1;
        for (ChapterEntry chapter : kb.chapters()) {
            assertEquals(next, chapter.firstArticle(), "chapter " + chapter.roman() + " starts");
            assertTrue(chapter.lastArticle() >= chapter.firstArticle());
            next = chapter.lastArticle() + 1;
        }
        assertEquals(69, next);
    }

    @Test
    void everyArticleSitsInTheChapterWhoseRangeHoldsIt() {
        for (ArticleEntry article : kb.articles()) {
            ChapterEntry chapter = kb.chapterOf(article.number()).orElseThrow();
            assertTrue(chapter.contains(article.number()), "article " + article.number());
            assertEquals(1, kb.chapters().stream().filter(c -> c.contains(article.number())).count());
            assertTrue(kb.articlesOf(chapter).contains(article));
        }
    }

    @Test
    void everyArticleHasATitle() {
        for (ArticleEntry article : kb.articles()) {
            assertFalse(article.title() == null || article.title().isBlank(), "article " + article.number());
        }
    }

    @Test
    void articlesTheEngineReasonsWithHaveProvisions() {
        List<Integer> expected = new ArrayList<>(List.of(2, 5, 6));
        IntStream.rangeClosed(7, 17).forEach(expected::add);
        IntStream.rangeClosed(22, 31).forEach(expected::add);
        IntStream.rangeClosed(35, 52).forEach(expected::add);
        for (int number : expected) {
            assertFalse(kb.provisions(number).isEmpty(), "article " + number + " has no provisions");
        }
    }

    @Test
    void knownTitlesAreWhereTheNotesPutThem() {
        assertEquals("Use of terms", kb.article(2).orElseThrow().title());
        assertEquals("Extradition", kb.article(37).orElseThrow().title());
        assertEquals("24/7 network", kb.article(41).orElseThrow().title());
        assertEquals("V", kb.chapterOf(42).orElseThrow().roman());
    }
}
