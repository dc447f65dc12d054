package org.rogatory.treaty.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.rogatory.treaty.ArticleEntry;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.KnowledgeBaseException;

/**
 * Loading the knowledge base: from the bundle, from a file, once and shared, securely, and with errors that name the
 * file and the line when someone breaks the data.
 */
class KnowledgeBaseLoadingTest {

    @TempDir
    Path dir;

    private static String bundledText() throws IOException {
        URL entry = FrameworkUtil.getBundle(ConventionKnowledgeBase.class).getEntry("data/convention.xmi");
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("convention.xmi");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static int lineOf(String text, String marker) {
        int index = text.indexOf(marker);
        assertTrue(index >= 0, marker);
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private KnowledgeBaseException brokenBy(String original, String replacement) throws IOException {
        String text = bundledText();
        assertTrue(text.contains(original), original);
        Path file = write(text.replace(original, replacement));
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> ConventionKnowledgeBase.load(file));
        assertEquals(file.toAbsolutePath().toString(), e.getSource());
        assertTrue(e.getMessage().startsWith(file.toAbsolutePath().toString()), e.getMessage());
        return e;
    }

    @Test
    void bundledDataLoadsInsideOsgiFromTheBundleEntry() {
        ConventionKnowledgeBase kb = ConventionKnowledgeBase.bundled();
        assertEquals("United Nations Convention against Cybercrime", kb.title());
        assertEquals(68, kb.articles().size());
    }

    @Test
    void bundledDataIsLoadedOnceAndSharedAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Set<ConventionKnowledgeBase> seen = ConcurrentHashMap.newKeySet();
            Callable<Integer> reader = () -> {
                ConventionKnowledgeBase kb = ConventionKnowledgeBase.bundled();
                seen.add(kb);
                return Integer.valueOf(kb.provisions(42).size());
            };
            List<Future<Integer>> results = pool.invokeAll(List.of(reader, reader, reader, reader, reader, reader));
            for (Future<Integer> result : results) {
                assertEquals(ConventionKnowledgeBase.bundled().provisions(42).size(), result.get().intValue());
            }
            assertEquals(Set.of(ConventionKnowledgeBase.bundled()), seen);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void dataLoadsFromAPathOutsideTheBundle() throws IOException {
        ConventionKnowledgeBase kb = ConventionKnowledgeBase.load(write(bundledText()));
        assertEquals(68, kb.articles().size());
        assertEquals(ConventionKnowledgeBase.bundled().allProvisions(), kb.allProvisions());
    }

    @Test
    void dataLoadsFromAStream() throws IOException {
        byte[] bytes = bundledText().getBytes(StandardCharsets.UTF_8);
        ConventionKnowledgeBase kb = ConventionKnowledgeBase.load(new ByteArrayInputStream(bytes), "review copy");
        assertEquals(ConventionKnowledgeBase.bundled().instruments(), kb.instruments());
    }

    @Test
    void returnedValuesCannotBeModified() {
        ConventionKnowledgeBase kb = ConventionKnowledgeBase.bundled();
        ArticleEntry article = kb.article(42).orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> kb.articles().clear());
        assertThrows(UnsupportedOperationException.class, () -> article.provisions().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> kb.requireInstrument("mla-request").refusalGrounds().clear());
        assertThrows(UnsupportedOperationException.class, () -> kb.provisionsLabelled("2(h)").clear());
    }

    @Test
    void malformedXmlIsReportedWithFileAndLine() throws IOException {
        KnowledgeBaseException e = brokenBy("<articles key=\"art-3\"", "<articles key=\"art-3\" <");
        assertEquals(lineOf(bundledText(), "<articles key=\"art-3\""), e.getLine());
    }

    @Test
    void unknownAttributeIsReportedWithFileAndLine() throws IOException {
        KnowledgeBaseException e = brokenBy("<articles key=\"art-9\" number=\"9\"",
                "<articles key=\"art-9\" numbre=\"9\"");
        assertEquals(lineOf(bundledText(), "<articles key=\"art-9\""), e.getLine());
        assertTrue(e.getMessage().contains("numbre"), e.getMessage());
    }

    @Test
    void doctypeIsRejectedSoNoExternalEntityIsRead() throws IOException {
        String text = bundledText();
        String declaration = text.substring(0, text.indexOf("?>") + 2);
        Path file = write(declaration + "\n<!DOCTYPE x [<!ENTITY e SYSTEM \"http://example.invalid/e\">]>"
                + text.substring(declaration.length()));
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> ConventionKnowledgeBase.load(file));
        assertEquals(2, e.getLine());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void unknownNamespaceIsRejectedWithoutLookingItUp() throws IOException {
        KnowledgeBaseException e = brokenBy("xmlns:treaty=\"http://rogatory.org/treaty/1.0\"",
                "xmlns:treaty=\"http://example.invalid/treaty\"");
        assertEquals(2, e.getLine());
    }

    @Test
    void missingVerificationStatusIsReportedAtTheItemsLine() throws IOException {
        String article = "<articles key=\"art-5\" number=\"5\" title=\"Protection of sovereignty\" titleStatus=\"VERIFIED\"";
        KnowledgeBaseException e = brokenBy(article, article.replace(" titleStatus=\"VERIFIED\"", ""));
        assertEquals(lineOf(bundledText(), article), e.getLine());
        assertTrue(e.getMessage().contains("titleStatus"), e.getMessage());
    }

    @Test
    void danglingReferenceIsReportedWithFileAndLine() throws IOException {
        String fact = "<facts key=\"extradition-threshold\"";
        String text = bundledText();
        int start = text.indexOf(fact);
        String line = text.substring(start, text.indexOf('\n', start));
        KnowledgeBaseException e = brokenBy(line, line.replace("provision=\"a37-scope-threshold\"",
                "provision=\"a37-no-such-provision\""));
        assertEquals(lineOf(text, fact), e.getLine());
    }

    @Test
    void duplicateArticleNumberIsReportedAtTheDuplicate() throws IOException {
        KnowledgeBaseException e = brokenBy("<articles key=\"art-8\" number=\"8\"", "<articles key=\"art-8\" number=\"7\"");
        assertEquals(lineOf(bundledText(), "<articles key=\"art-8\""), e.getLine());
        assertTrue(e.getMessage().contains("article 7"), e.getMessage());
    }

    @Test
    void missingDeclarationTopicTheRulesNeedIsReported() throws IOException {
        KnowledgeBaseException e = brokenBy("<declarationTopics key=\"diplomatic-channel-required\"",
                "<declarationTopics key=\"diplomatic-channel-wanted\"");
        assertTrue(e.getMessage().contains("diplomatic-channel-required"), e.getMessage());
    }

    @Test
    void missingFileIsReportedByName() {
        Path file = dir.resolve("absent.xmi");
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> ConventionKnowledgeBase.load(file));
        assertTrue(e.getMessage().contains("absent.xmi"), e.getMessage());
    }
}
