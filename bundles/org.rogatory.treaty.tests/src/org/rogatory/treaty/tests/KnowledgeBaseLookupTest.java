package org.rogatory.treaty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rogatory.treaty.BudapestEntry;
import org.rogatory.treaty.ChannelUseEntry;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.ProvisionEntry;
import org.rogatory.treaty.RefusalGroundEntry;
import org.rogatory.treaty.RequestElementEntry;
import org.rogatory.treaty.model.ChannelRole;
import org.rogatory.treaty.model.DualCriminalityRule;
import org.rogatory.treaty.model.GroundPermission;
import org.rogatory.treaty.model.ScopeRule;
import org.rogatory.treaty.model.VerificationStatus;

/**
 * Lookups the engine and the UI make: articles, provisions, instruments with their contents, grounds and channels,
 * and the Budapest counterparts.
 */
class KnowledgeBaseLookupTest {

    private final ConventionKnowledgeBase kb = ConventionKnowledgeBase.bundled();

    @Test
    void articleAndItsChapterAndProvisionsAreFoundByNumber() {
        assertEquals("Jurisdiction", kb.chapterOf(22).orElseThrow().title());
        assertEquals(15, kb.provisions(2).size());
        assertTrue(kb.provisions(53).isEmpty());
        assertTrue(kb.provisions(99).isEmpty());
        assertTrue(kb.chapterOf(0).isEmpty());
    }

    @Test
    void provisionIsFoundByKeyAndByLabel() {
        ProvisionEntry seriousCrime = kb.provision("a2-serious-crime").orElseThrow();
        assertEquals(2, seriousCrime.article());
        assertEquals("2(h)", seriousCrime.label());
        assertEquals(List.of(seriousCrime), kb.provisionsLabelled("2(h)"));
        assertEquals(List.of("a23-ict-offences-and-evidence"),
                kb.provisionsLabelled("23(2)(c)").stream().map(ProvisionEntry::key).toList());
        assertEquals(2, kb.provisionsLabelled("40(3)").size());
        assertTrue(kb.provisionsLabelled("10").isEmpty());
        assertTrue(kb.provision("no-such-key").isEmpty());
    }

    @Test
    void preservationRequestContentsAreTheSixItemsPlusTheOptionalSeventh() {
        List<RequestElementEntry> contents = kb.requireInstrument("international-preservation").requestContents();
        assertEquals(List.of("requesting-authority", "offence-and-facts", "data-and-link-to-offence",
                "custodian-or-location", "necessity", "intent-to-submit-mla", "confidentiality-no-notice"),
                contents.stream().map(RequestElementEntry::key).toList());
        assertEquals(6, contents.stream().filter(RequestElementEntry::mandatory).count());
        assertFalse(contents.get(6).mandatory());
        assertTrue(contents.stream().allMatch(e -> e.status() == VerificationStatus.UNVERIFIED));
        assertTrue(contents.stream().allMatch(e -> e.citation().toString().equals("Art. 42")));
    }

    @Test
    void confiscationRequestContentsIncludeTheMlaContents() {
        List<String> keys = kb.requireInstrument("confiscation-cooperation").requestContents().stream()
                .map(RequestElementEntry::key).toList();
        assertEquals("requesting-authority", keys.get(0));
        assertTrue(keys.containsAll(List.of("purpose", "property-description-location", "order-copy")));
    }

    @Test
    void mlaRefusalGroundsSayWhichMayAndWhichMayNotBeInvoked() {
        Map<String, GroundPermission> grounds = kb.requireInstrument("mla-request").refusalGrounds().stream()
                .collect(Collectors.toMap(RefusalGroundEntry::key, RefusalGroundEntry::permission));
        assertEquals(GroundPermission.MAY, grounds.get("essential-interests"));
        assertEquals(GroundPermission.MAY, grounds.get("non-discrimination"));
        assertEquals(GroundPermission.MAY_NOT, grounds.get("fiscal-matter-only"));
        assertEquals(GroundPermission.MAY_NOT, grounds.get("bank-secrecy"));
        assertEquals(GroundPermission.MAY_NOT, grounds.get("political-offence"));
        assertEquals(List.of("essential-interests", "non-discrimination", "domestic-law-bar"),
                kb.refusalGround("political-offence").orElseThrow().reframeAs());
    }

    @Test
    void mlaChannelsAreCentralAuthorityWithDiplomaticAndInterpolConditional() {
        List<ChannelUseEntry> channels = kb.requireInstrument("mla-request").channels();
        assertEquals(List.of("central-authority", "diplomatic", "interpol"),
                channels.stream().map(u -> u.channel().key()).toList());
        assertEquals(List.of(ChannelRole.PRIMARY, ChannelRole.CONDITIONAL, ChannelRole.CONDITIONAL),
                channels.stream().map(ChannelUseEntry::role).toList());
        assertEquals("Art. 40", channels.get(0).citation().toString());
    }

    @Test
    void dualCriminalityAndScopeDifferBetweenMeasures() {
        InstrumentEntry preservation = kb.requireInstrument("international-preservation");
        assertEquals(DualCriminalityRule.NOT_REQUIRED_UNLESS_RESERVED, preservation.dualCriminality().rule());
        assertEquals(ScopeRule.CONVENTION_OFFENCE_OR_SERIOUS_CRIME, preservation.scope().rule());
        assertEquals("Art. 35", preservation.scope().citation().orElseThrow().toString());
        InstrumentEntry extradition = kb.requireInstrument("extradition");
        assertEquals(DualCriminalityRule.REQUIRED, extradition.dualCriminality().rule());
        assertEquals(ScopeRule.CONVENTION_OFFENCE, extradition.scope().rule());
        assertEquals(DualCriminalityRule.MAY_DECLINE, kb.requireInstrument("mla-stored-data").dualCriminality().rule());
        assertEquals("Art. 40",
                kb.requireInstrument("mla-stored-data").dualCriminality().citation().orElseThrow().toString());
    }

    @Test
    void budapestCounterpartOfPreservationIsArticleTwentyNine() {
        BudapestEntry counterpart = kb.budapestCounterpart("international-preservation").orElseThrow();
        assertEquals(List.of("29"), counterpart.budapestArticles());
        assertEquals(List.of(42), counterpart.unArticles());
        assertEquals(VerificationStatus.VERIFIED, counterpart.budapestStatus());
        assertTrue(kb.budapestCounterpart("wait").isEmpty());
        BudapestEntry trans = kb.budapestCounterparts().stream().filter(b -> b.key().equals("bc-trans-border-access"))
                .findFirst().orElseThrow();
        assertTrue(trans.unArticles().isEmpty());
        assertFalse(kb.budapestCounterpart("law-enforcement-cooperation").orElseThrow().hasBudapestArticle());
    }

    @Test
    void unknownInstrumentKeyIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> kb.requireInstrument("mla-requets"));
        assertTrue(e.getMessage().contains("mla-requets"));
        assertTrue(kb.instrument("mla-requets").isEmpty());
    }

    @Test
    void factsCarryTheirCitationAndStatus() {
        assertEquals("Art. 35", kb.fact("dual-criminality-by-conduct").orElseThrow().citation().orElseThrow().toString());
        assertTrue(kb.fact("full-title").orElseThrow().citation().isEmpty());
        assertEquals(VerificationStatus.VERIFIED, kb.fact("no-unilateral-remote-access").orElseThrow().status());
        assertEquals("Art. 5(2)",
                kb.fact("no-unilateral-remote-access").orElseThrow().citation().orElseThrow().toString());
    }
}
