package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.ScenarioLoader;

/**
 * Packs are exchanged between training centres and downloaded from the internet, so a pack file must not be able to
 * read other files, reach the network or exhaust memory. A local server socket stands in for the network: the tests
 * assert that nothing ever connects to it.
 */
class HostileXmlTest {

    private static final String ROOT = "<scenario:Scenario ";

    @TempDir
    Path temp;

    private Path pack;
    private Path scenario;
    private ServerSocket server;
    private String url;

    @BeforeEach
    void setUp() throws IOException {
        pack = Fixtures.copy("minimal", temp.resolve("pack"));
        scenario = pack.resolve("case.rogatory");
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        url = "http://127.0.0.1:" + server.getLocalPort() + "/";
    }

    @AfterEach
    void tearDown() throws IOException {
        server.close();
    }

    @Test
    void fileEntityIsNeverRead() throws IOException {
        String secret = "SECRET-" + UUID.randomUUID();
        Path secretFile = Files.writeString(temp.resolve("secret.txt"), secret);
        insertDoctype("<!DOCTYPE scenario:Scenario [<!ENTITY secret SYSTEM \"" + secretFile.toUri() + "\">]>");
        Fixtures.replace(scenario, "title=\"A server in Carpania\"", "title=\"&secret;\"");

        LoadException exception = refused();

        assertDoctypeRefused(Fixtures.onlyProblem(exception));
        assertFalse(exception.getMessage().contains(secret), exception.getMessage());
        for (LoadProblem problem : exception.getProblems()) {
            assertFalse(problem.toString().contains(secret), problem.toString());
        }
    }

    @Test
    void httpEntityAndExternalDtdAreNeverFetched() throws IOException {
        insertDoctype("<!DOCTYPE scenario:Scenario SYSTEM \"" + url + "dtd\" [<!ENTITY % remote SYSTEM \"" + url
                + "parameter\"> %remote; <!ENTITY web SYSTEM \"" + url + "entity\">]>");
        Fixtures.replace(scenario, "title=\"A server in Carpania\"", "title=\"&web;\"");

        LoadException exception = refused();

        assertDoctypeRefused(Fixtures.onlyProblem(exception));
        assertNoConnection();
    }

    @Test
    void entityExpansionBombIsRefusedAtOnce() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            String previous = "&l" + (i - 1) + ";";
            entities.append("<!ENTITY l").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        insertDoctype("<!DOCTYPE scenario:Scenario [" + entities + "]>");
        Fixtures.replace(scenario, "title=\"A server in Carpania\"", "title=\"&l9;\"");

        LoadException exception = refused();

        assertDoctypeRefused(Fixtures.onlyProblem(exception));
    }

    @Test
    void hrefToTheNetworkIsRefusedWithoutConnecting() throws IOException {
        int line = Fixtures.replace(scenario, "<rubric href=\"pack.rogatory#standard\"/>",
                "<rubric href=\"" + url + "pack.rogatory#standard\"/>");

        LoadProblem problem = Fixtures.onlyProblem(refused());

        BrokenDocumentTest.assertLocated(problem, "case.rogatory", line);
        assertTrue(problem.message().contains("never reads from the network"), problem.message());
        assertNoConnection();
    }

    @Test
    void hrefOutOfThePackFolderIsRefused() throws IOException {
        Fixtures.copy("minimal", temp.resolve("outside"));
        int line = Fixtures.replace(scenario, "<rubric href=\"pack.rogatory#standard\"/>",
                "<rubric href=\"../outside/pack.rogatory#standard\"/>");

        LoadProblem problem = Fixtures.onlyProblem(refused());

        BrokenDocumentTest.assertLocated(problem, "case.rogatory", line);
        assertTrue(problem.message().contains("only the files inside the pack folder"), problem.message());
    }

    @Test
    void absoluteFileHrefIsRefused() throws IOException {
        Path outside = Fixtures.copy("minimal", temp.resolve("outside")).resolve("pack.rogatory");
        int line = Fixtures.replace(scenario, "<rubric href=\"pack.rogatory#standard\"/>",
                "<rubric href=\"" + outside.toUri() + "#standard\"/>");

        LoadProblem problem = Fixtures.onlyProblem(refused());

        BrokenDocumentTest.assertLocated(problem, "case.rogatory", line);
        assertTrue(problem.message().contains("only the files inside the pack folder"), problem.message());
    }

    @Test
    void symbolicLinkOutOfThePackFolderIsRefused() throws IOException {
        Path outside = Fixtures.copy("minimal", temp.resolve("outside")).resolve("case.rogatory");
        Files.delete(scenario);
        Files.createSymbolicLink(scenario, outside);

        LoadProblem problem = Fixtures.onlyProblem(refused());

        assertTrue(problem.file().endsWith("pack.rogatory"), problem.toString());
        assertTrue(problem.message().contains("a link to"), problem.message());
    }

    @Test
    void foreignNamespaceIsNeverLoaded() throws IOException {
        Fixtures.replace(scenario, ROOT, ROOT + "xmlns:evil=\"" + url + "evil.ecore\" ");
        int line = Fixtures.replace(scenario, "xsi:type=\"scenario:Authority\"", "xsi:type=\"evil:Authority\"");

        LoadException exception = refused();

        LoadProblem problem = exception.getProblems().get(0);
        BrokenDocumentTest.assertLocated(problem, "case.rogatory", line);
        assertTrue(problem.message().contains("evil.ecore"), problem.message());
        assertNoConnection();
    }

    /** Loads the pack, expecting it to be refused quickly: a hang means the loader waited for the network. */
    private LoadException refused() {
        return assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(LoadException.class, () -> new ScenarioLoader().loadPack(pack)),
                "loading took too long: it may have waited for the network or expanded entities");
    }

    private void insertDoctype(String doctype) throws IOException {
        Fixtures.replace(scenario, ROOT, doctype + "\n" + ROOT);
    }

    private static void assertDoctypeRefused(LoadProblem problem) {
        assertTrue(problem.file().endsWith("case.rogatory"), problem.toString());
        assertEquals(2, problem.line(), problem.toString());
        assertTrue(problem.message().contains("DOCTYPE"), problem.message());
    }

    private void assertNoConnection() throws IOException {
        server.setSoTimeout(300);
        assertThrows(SocketTimeoutException.class, server::accept, "something connected to the network");
    }
}
