package org.rogatory.treaty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rogatory.treaty.Citation;
import org.rogatory.treaty.CitationFormatter;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.ProvisionEntry;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * Citations never show a paragraph number that is not verified: feedback must not present a reconstructed number as
 * treaty text.
 */
class CitationFormattingTest {

    private final ConventionKnowledgeBase kb = ConventionKnowledgeBase.bundled();

    @Test
    void everyProvisionShowsItsParagraphOnlyWhenTheNumberIsVerified() {
        int shown = 0;
        int withheld = 0;
        for (ProvisionEntry provision : kb.allProvisions()) {
            String article = Integer.toString(provision.article());
            String part = provision.label().isEmpty() ? "" : provision.label().substring(article.length());
            boolean verified = provision.numberStatus() == VerificationStatus.VERIFIED;
            String expected = "Art. " + article + (verified ? part : "");
            String formatted = CitationFormatter.format(provision.citation());
            assertEquals(expected, formatted, provision.key());
            assertEquals(formatted.contains("("), verified && !part.isEmpty(), provision.key());
            if (verified && !part.isEmpty()) {
                shown++;
            } else if (!part.isEmpty()) {
                withheld++;
            }
        }
        assertTrue(shown >= 40, "verified paragraphs shown: " + shown);
        assertTrue(withheld >= 100, "unverified paragraphs withheld: " + withheld);
    }

    @Test
    void seriousCrimeDefinitionIsCitedWithItsVerifiedParagraph() {
        Citation citation = kb.provision("a2-serious-crime").orElseThrow().citation();
        assertEquals("Art. 2(h)", CitationFormatter.format(citation));
        assertEquals(VerificationStatus.VERIFIED, citation.status());
        assertEquals("Art. 2(h)", citation.toString());
    }

    @Test
    void preservationRequestContentsAreCitedAsTheArticleAlone() {
        for (String key : new String[] { "a42-contents", "a42-contents-a", "a42-contents-f", "a42-contents-g" }) {
            Citation citation = kb.provision(key).orElseThrow().citation();
            assertEquals("Art. 42", CitationFormatter.format(citation), key);
            assertTrue(citation.paragraphWithheld(), key);
            assertEquals(VerificationStatus.UNVERIFIED, citation.status(), key);
        }
    }

    @Test
    void aHandBuiltCitationCannotShowAnUnverifiedParagraph() {
        Citation guessed = Citation.ofParagraph(40, "(21)(b)", VerificationStatus.SECONDARY, VerificationStatus.VERIFIED);
        assertEquals("Art. 40", CitationFormatter.format(guessed));
        assertFalse(guessed.showsParagraph());
    }

    @Test
    void wholeArticleAndRangeCitationsReadAsAuthorsWriteThem() {
        assertEquals("Art. 64", kb.provision("a64-signature").orElseThrow().citation().toString());
        assertEquals("Arts. 49-50", Citation.ofRange(49, 50, VerificationStatus.UNVERIFIED).toString());
        assertEquals("Art. 7", kb.article(7).orElseThrow().citation().toString());
    }

    @Test
    void citationStatusFollowsTheWeakestCheckedPart() {
        Citation verifiedContentUnverifiedNumber = kb.provision("a7-offence").orElseThrow().citation();
        assertEquals("Art. 7", verifiedContentUnverifiedNumber.toString());
        assertEquals(VerificationStatus.VERIFIED, verifiedContentUnverifiedNumber.status());
        Citation secondaryNumber = kb.provision("a35-evidence-serious-crime").orElseThrow().citation();
        assertEquals("Art. 35", secondaryNumber.toString());
        assertEquals(VerificationStatus.SECONDARY, secondaryNumber.status());
    }
}
