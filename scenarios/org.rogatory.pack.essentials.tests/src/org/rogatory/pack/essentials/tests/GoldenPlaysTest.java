package org.rogatory.pack.essentials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rogatory.engine.debrief.Debrief;
import org.rogatory.engine.debrief.Debrief.DecisionEntry;
import org.rogatory.engine.debrief.DebriefBuilder;
import org.rogatory.engine.debrief.DebriefText;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.Session;
import org.rogatory.engine.session.SessionRecording;
import org.rogatory.model.scenario.ReferenceStep;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.Verdict;
import org.rogatory.treaty.citation.CitationOutcome;
import org.rogatory.treaty.citation.CitationValidator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Plays every transcript of the pack through the engine and checks it against {@code expected/<scenario>/<name>.json}
 * in this fragment: the verdicts in order, how the case ended, the evidence secured and lost, and the range the
 * weighted total must fall in. Every decision must cite a valid article and explain itself in at most 80 words.
 */
class GoldenPlaysTest {

    private static final int MAX_WORDS = 80;

    @TempDir
    Path work;

    static List<String> transcripts() {
        return EssentialsFixtures.transcripts();
    }

    private Debrief play(String name) throws Exception {
        Transcript transcript = EssentialsFixtures.transcript(name, work);
        Scenario scenario = EssentialsFixtures.pack().scenario(transcript.scenarioId()).orElseThrow();
        Session session = SessionRecording.replay(scenario, transcript.seed(), transcript.actions(),
                EssentialsFixtures.ENGINE.clockPolicy(), EssentialsFixtures.ENGINE.evaluator(), DecisionListener.NONE);
        session.runOut();
        return DebriefBuilder.build(session.view());
    }

    private static JsonObject expectation(String name) throws Exception {
        byte[] json = EssentialsFixtures.entry("expected", name + ".json");
        return JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static List<String> strings(JsonObject object, String member) {
        List<String> values = new ArrayList<>();
        JsonArray array = object.getAsJsonArray(member);
        for (JsonElement element : array) {
            values.add(element.getAsString());
        }
        return values;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void theTranscriptPlaysAsExpected(String name) throws Exception {
        Debrief debrief = play(name);
        JsonObject expected = expectation(name);

        assertEquals(strings(expected, "verdicts"),
                debrief.decisions().stream().map(d -> d.verdict().getLiteral()).toList(), "verdicts of " + name);
        assertEquals(expected.get("endReason").getAsString(), debrief.endReason(), "end of " + name);
        assertEquals(new TreeSet<>(strings(expected, "evidenceSecured")), new TreeSet<>(debrief.evidenceSecured()),
                "evidence secured in " + name);
        assertEquals(new TreeSet<>(strings(expected, "evidenceLost")), new TreeSet<>(debrief.evidenceLost()),
                "evidence lost in " + name);
        JsonObject total = expected.getAsJsonObject("total");
        double min = total.get("min").getAsDouble();
        double max = total.get("max").getAsDouble();
        assertTrue(debrief.total() >= min && debrief.total() <= max,
                name + ": total " + debrief.total() + " outside [" + min + ", " + max + "]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void everyVerdictCitesAValidArticleAndExplainsItselfBriefly(String name) throws Exception {
        CitationValidator citations = new CitationValidator(EssentialsFixtures.ENGINE.knowledgeBase());
        for (DecisionEntry decision : play(name).decisions()) {
            String where = name + ", decision " + decision.sequence() + " (" + decision.actionId() + ")";
            assertTrue(!decision.citations().isEmpty(), where + " cites nothing");
            for (String citation : decision.citations()) {
                assertEquals(CitationOutcome.VALID, citations.check(citation).outcome(), where + ": " + citation);
            }
            int words = decision.explanation().strip().split("\\s+").length;
            assertTrue(words <= MAX_WORDS, where + " explains itself in " + words + " words: " + decision.explanation());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void twoReplaysGiveTheSameDebrief(String name) throws Exception {
        assertEquals(DebriefText.render(play(name)), DebriefText.render(play(name)));
    }

    static List<String> scenarios() {
        return EssentialsFixtures.SCENARIOS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theReferenceTranscriptFollowsTheReferencePathWithoutAFault(String id) throws Exception {
        Scenario scenario = EssentialsFixtures.pack().scenario(id).orElseThrow();
        Transcript reference = EssentialsFixtures.transcript(id + "/reference", work);
        List<String> played = reference.actions().stream().map(RecordedAction::actionId).toList();
        int next = 0;
        for (ReferenceStep step : scenario.getReferencePath()) {
            int found = played.subList(next, played.size()).indexOf(step.getAction().getId());
            assertTrue(found >= 0, id + ": the reference transcript skips reference step " + step.getAction().getId());
            next += found + 1;
        }
        Set<Verdict> verdicts = new TreeSet<>();
        play(id + "/reference").decisions().forEach(d -> verdicts.add(d.verdict()));
        assertEquals(Set.of(Verdict.COMPLIANT), verdicts, id + ": the reference path is compliant throughout");
    }

    @Test
    void eachMistakeScoresBelowTheReference() throws Exception {
        for (String name : transcripts()) {
            if (!name.contains("/mistake-")) {
                continue;
            }
            String id = name.substring(0, name.indexOf('/'));
            double reference = play(id + "/reference").total();
            Debrief mistake = play(name);
            assertTrue(mistake.total() < reference, name + " scores " + mistake.total() + ", not below " + reference);
            assertTrue(mistake.decisions().stream().anyMatch(d -> d.verdict() != Verdict.COMPLIANT)
                    || !mistake.evidenceLost().isEmpty(), name + " shows no mistake");
        }
    }
}
