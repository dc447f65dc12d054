package org.rogatory.cli.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.rogatory.cli.internal.Cli;

class TreatyCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsAnArticleWithItsChapterProvisionsAndBudapestCounterpart() {
        assertEquals(Cli.OK, run("treaty", "42"));
        String text = out();
        assertTrue(text.startsWith("Art. 42: "), text);
        assertTrue(text.contains("Chapter V: "), text);
        assertTrue(text.contains("Budapest Convention (ETS 185) counterpart of \"Request for expedited preservation\": Art. 29"), text);
        assertTrue(text.contains("(number not verified)"), "Art. 42's paragraph numbers are unverified: " + text);
        assertFalse(text.contains("42(3)"), "an unverified paragraph number must never show: " + text);
    }

    @Test
    void showsVerifiedParagraphNumbers() {
        assertEquals(Cli.OK, run("treaty", "Art. 2"));
        assertTrue(out().contains("  2(h)  "), out());
        assertTrue(out().contains("[verified]"), out());
    }

    @Test
    void anArticleThatDoesNotExistIsAUsageErrorThatSaysTheRange() {
        assertEquals(Cli.USAGE, run("treaty", "71"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("articles 1 to 68"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWordIsNotAnArticle() {
        assertEquals(Cli.USAGE, run("treaty", "preservation"));
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        assertEquals(Cli.OK, run("treaty", "--help"));
        assertTrue(out().startsWith("Usage: rogatory --headless treaty <article>"), out());
    }

    @Test
    void theOverviewListsTheCommands() {
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out().contains("  treaty     Show an article"), out());
    }
}
