package org.rogatory.engine.session.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.rogatory.engine.Engine;
import org.rogatory.engine.grading.GradeResult;
import org.rogatory.engine.grading.Graded;
import org.rogatory.engine.grading.Grader;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptFiles;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.ConventionStatus;
import org.rogatory.model.scenario.State;

/** Grading a batch on every core gives, in the order given, exactly what grading each transcript alone gives. */
class GraderBatchTest {

    private static final Engine ENGINE = Engine.standard();
    private static final List<String> GOLDEN = List.of("reference", "mistake-mla-first",
            "mistake-incomplete-preservation");

    @TempDir
    Path work;

    private static LoadedPack pack() throws Exception {
        return new ScenarioLoader().loadPack(
                PackSource.bundle(FrameworkUtil.getBundle(GraderBatchTest.class), "fixtures/golden/pack"));
    }

    private Path copy(String name, int copy) throws IOException {
        Enumeration<URL> found = FrameworkUtil.getBundle(GraderBatchTest.class)
                .findEntries("fixtures/golden/transcripts", name + ".json", false);
        Path file = work.resolve(String.format("%03d-%s.json", copy, name));
        try (InputStream in = found.nextElement().openStream()) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void aBatchKeepsTheOrderAndTheResultsOfGradingOneByOne() throws Exception {
        LoadedPack pack = pack();
        Grader grader = new Grader(ENGINE);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            files.add(copy(GOLDEN.get(i % GOLDEN.size()), i));
        }
        List<GradeResult> oneByOne = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Transcript> transcripts = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            oneByOne.add(grader.grade(name, TranscriptFiles.read(file), pack));
            names.add(name);
            transcripts.add(TranscriptFiles.read(file));
        }
        assertEquals(oneByOne, grader.gradeFiles(files, pack).stream().map(Graded::result).toList());
        assertEquals(oneByOne, grader.gradeAll(names, transcripts, pack).stream().map(Graded::result).toList());
    }

    /**
     * A batch shares what its sessions work out about the pack (the rules between two States), so it must work with
     * the pack as it is when the batch starts: an answer kept from an earlier batch would be stale here.
     */
    @Test
    void aBatchJudgesThePackAsItIsWhenTheBatchStarts() throws Exception {
        LoadedPack pack = pack();
        Grader grader = new Grader(ENGINE);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(copy(GOLDEN.get(i % GOLDEN.size()), i));
        }
        List<GradeResult> before = grader.gradeFiles(files, pack).stream().map(Graded::result).toList();
        State borduria = pack.pack().getCast().stream().filter(s -> "B".equals(s.getId())).findFirst().orElseThrow();
        borduria.setConventionStatus(ConventionStatus.NON_SIGNATORY);
        List<GradeResult> oneByOne = new ArrayList<>();
        for (Path file : files) {
            oneByOne.add(grader.grade(file.getFileName().toString(), TranscriptFiles.read(file), pack));
        }
        List<GradeResult> after = grader.gradeFiles(files, pack).stream().map(Graded::result).toList();
        assertEquals(oneByOne, after);
        assertNotEquals(before, after);
        assertTrue(after.get(0).nonCompliant() > before.get(0).nonCompliant(), after.get(0).toString());
    }

    @Test
    void aTranscriptThatCannotBeReadFailsAloneInItsPlace() throws Exception {
        Path broken = work.resolve("001-broken.json");
        Files.writeString(broken, "{ not json", StandardCharsets.UTF_8);
        List<Path> files = List.of(copy("reference", 0), broken, copy("mistake-mla-first", 2));
        List<Graded> batch = new Grader(ENGINE).gradeFiles(files, pack());
        assertEquals(List.of("000-reference.json", "001-broken.json", "002-mistake-mla-first.json"),
                batch.stream().map(Graded::name).toList());
        assertNotNull(batch.get(0).result());
        assertNull(batch.get(1).result());
        assertNotNull(batch.get(1).failure());
        assertNotNull(batch.get(2).result());
    }
}
