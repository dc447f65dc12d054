package org.rogatory.treaty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.citation.CitationCheck;
import org.rogatory.treaty.citation.CitationOutcome;
import org.rogatory.treaty.citation.CitationOutcome.Severity;
import org.rogatory.treaty.citation.CitationValidator;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * Citations as authors write them are checked against the knowledge base, and the instructor validator can tell a
 * missing article or paragraph (error) from an unverified paragraph (warning).
 */
class CitationValidationTest {

    private final CitationValidator validator = new CitationValidator(ConventionKnowledgeBase.bundled());

    @Test
    void existingArticleIsValid() {
        CitationCheck check = validator.check("Art. 42");
        assertEquals(CitationOutcome.VALID, check.outcome());
        assertEquals(Severity.OK, check.severity());
        assertEquals("Art. 42", check.citations().get(0).toString());
        assertEquals(VerificationStatus.SECONDARY, check.citations().get(0).status());
    }

    @Test
    void verifiedParagraphIsValidAndShown() {
        CitationCheck check = validator.check("Art. 2(h)");
        assertEquals(CitationOutcome.VALID, check.outcome());
        assertEquals("Art. 2(h)", check.citations().get(0).toString());
        assertEquals(VerificationStatus.VERIFIED, check.citations().get(0).status());
    }

    @Test
    void articleSeventyOneDoesNotExist() {
        CitationCheck check = validator.check("Art. 71");
        assertEquals(CitationOutcome.UNKNOWN_ARTICLE, check.outcome());
        assertEquals(Severity.ERROR, check.severity());
        assertTrue(check.citations().isEmpty());
        assertTrue(check.message().contains("68"), check.message());
    }

    @Test
    void nonExistentParagraphIsAnError() {
        CitationCheck check = validator.check("Art. 2(z)");
        assertEquals(CitationOutcome.UNKNOWN_PARAGRAPH, check.outcome());
        assertEquals(Severity.ERROR, check.severity());
        assertEquals("Art. 2", check.citations().get(0).toString());
    }

    @Test
    void unverifiedParagraphIsAWarningAndShownAsTheArticle() {
        CitationCheck check = validator.check("Art. 42(3)(a)");
        assertEquals(CitationOutcome.UNVERIFIED_PARAGRAPH, check.outcome());
        assertEquals(Severity.WARNING, check.severity());
        assertEquals("Art. 42", check.citations().get(0).toString());
        assertTrue(check.citations().get(0).paragraphWithheld());
        assertEquals(VerificationStatus.UNVERIFIED, check.citations().get(0).status());
    }

    @Test
    void secondarySourcedParagraphInACompoundLabelIsStillUnverified() {
        CitationCheck check = validator.check("Art. 23(2)(c)");
        assertEquals(CitationOutcome.UNVERIFIED_PARAGRAPH, check.outcome());
        assertEquals("Art. 23", check.citations().get(0).toString());
    }

    @Test
    void paragraphProvenByAVerifiedSubParagraphIsValid() {
        CitationCheck check = validator.check("Art. 11(1)");
        assertEquals(CitationOutcome.VALID, check.outcome());
        assertEquals("Art. 11(1)", check.citations().get(0).toString());
    }

    @Test
    void paragraphInARangeLabelIsFound() {
        assertEquals(CitationOutcome.UNVERIFIED_PARAGRAPH, validator.check("Art. 40(5)").outcome());
        assertEquals(CitationOutcome.UNKNOWN_PARAGRAPH, validator.check("Art. 40(12)").outcome());
    }

    @Test
    void articleRangeIsValidWhenBothEndsExist() {
        CitationCheck check = validator.check("Arts. 49-50");
        assertEquals(CitationOutcome.VALID, check.outcome());
        assertEquals("Arts. 49-50", check.citations().get(0).toString());
        assertEquals(CitationOutcome.UNKNOWN_ARTICLE, validator.check("Arts. 67-70").outcome());
        assertEquals(CitationOutcome.MALFORMED, validator.check("Arts. 50-49").outcome());
    }

    @Test
    void usualSpellingsOfThePrefixAreAccepted() {
        assertEquals(CitationOutcome.VALID, validator.check("Article 42").outcome());
        assertEquals(CitationOutcome.VALID, validator.check("art 5(2)").outcome());
        assertEquals("Art. 5(2)", validator.check("Art.5 (2)").citations().get(0).toString());
    }

    @Test
    void textThatIsNoCitationIsMalformed() {
        assertEquals(CitationOutcome.MALFORMED, validator.check("Section 5").outcome());
        assertEquals(CitationOutcome.MALFORMED, validator.check("Art. forty-two").outcome());
        assertEquals(CitationOutcome.MALFORMED, validator.check(null).outcome());
    }
}
