package org.rogatory.ui.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.rogatory.engine.debrief.Debrief;
import org.rogatory.engine.debrief.DebriefText;
import org.rogatory.ui.internal.debrief.DebriefHtml;

/** The HTML report: safe with any text, self-contained, the same every time, and complete. */
class DebriefHtmlTest {

    @Test
    void hostileTextIsEscapedEverywhere() {
        String html = DebriefHtml.render(DebriefSamples.hostile());
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "a script element got through");
        assertFalse(lower.contains("<img"), "an img element got through");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html.contains(" &amp; &quot;quoted&quot; "));
        assertTrue(html.contains("evil&quot;id"));
        assertTrue(html.contains("<cite>Art. 2(h)&quot;&gt;&lt;script&gt;x&lt;/script&gt;</cite>"));
    }

    @Test
    void reportIsSelfContainedAndDeclaresUtf8() {
        String html = DebriefHtml.render(DebriefSamples.incompletePreservation()).toLowerCase(Locale.ROOT);
        assertTrue(html.startsWith("<!doctype html>\n"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<style>"));
        assertFalse(html.contains("src="), "loads a resource");
        assertFalse(html.contains("href="), "links elsewhere");
        assertFalse(html.contains("<link"), "loads a style sheet");
        assertFalse(html.contains("@import"), "imports a style sheet");
        assertFalse(html.contains("url("), "loads a resource from CSS");
        assertFalse(html.contains("\r"), "line endings differ by platform");
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        assertEquals(DebriefHtml.render(DebriefSamples.incompletePreservation()),
                DebriefHtml.render(DebriefSamples.incompletePreservation()));
    }

    @Test
    void everyDecisionAppearsWithItsTimeVerdictInWordsAndCitations() {
        Debrief debrief = DebriefSamples.incompletePreservation();
        String html = DebriefHtml.render(debrief);
        for (Debrief.DecisionEntry decision : debrief.decisions()) {
            assertTrue(html.contains(escaped(decision.sequence() + ". " + decision.action())), decision.action());
            assertTrue(html.contains(DebriefText.clock(decision.time())));
            assertTrue(html.contains(escaped(decision.explanation())), decision.explanation());
            for (String citation : decision.citations()) {
                assertTrue(html.contains("<cite>" + citation + "</cite>"), citation);
            }
        }
        assertTrue(html.contains("class=\"verdict\">Verdict: Not compliant</span>"));
        assertTrue(html.contains("class=\"verdict\">Verdict: Compliant</span>"));
    }

    @Test
    void headerScoresEvidenceExpertPathAndTimelineAreAllThere() {
        String html = DebriefHtml.render(DebriefSamples.incompletePreservation());
        assertTrue(html.contains("<h1>Debrief: Ransomware at Arland General Hospital</h1>"));
        assertTrue(html.contains("Ended: time ran out, at day 31 00:00"));
        assertTrue(html.contains("Weighted total: 5.17"));
        assertTrue(html.contains("<td>Legality</td>\n<td class=\"number\">3</td>\n<td class=\"number\">9</td>"));
        assertTrue(html.contains("<h3>Evidence lost</h3>\n<ul>\n<li>HostCo connection logs</li>"));
        assertTrue(html.contains("<h3>Evidence secured</h3>\n<p>None</p>"));
        assertTrue(html.contains("Ask for the ransom wallet to be frozen <em>(Not taken)</em>"));
        assertTrue(html.contains("Preserve first: HostCo deletes the logs after seven days."));
        assertTrue(html.contains("<td>day 8 00:00</td>\n<td>Data deleted</td>"));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
