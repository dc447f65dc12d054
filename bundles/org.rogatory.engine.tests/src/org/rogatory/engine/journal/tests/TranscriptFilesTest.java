package org.rogatory.engine.journal.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptException;
import org.rogatory.engine.journal.TranscriptFiles;

class TranscriptFilesTest {

    /** The exact form of a transcript file: it is the golden file format, so a change here is a format change. */
    private static final String GOLDEN = """
            {
              "format": 1,
              "scenarioId": "hague-service-basic",
              "scenarioVersion": "1.0.0",
              "seed": 42,
              "actions": [
                {
                  "actionId": "send-request",
                  "parameters": {
                    "authority": "central",
                    "language": "fr"
                  },
                  "simulatedMinutes": 15
                },
                {
                  "actionId": "wait",
                  "parameters": {},
                  "simulatedMinutes": 75
                }
              ]
            }
            """;

    @TempDir
    Path dir;

    private static Transcript sample() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("language", "fr");
        parameters.put("authority", "central");
        return new Transcript("hague-service-basic", "1.0.0", 42L,
                List.of(new RecordedAction("send-request", parameters, 15), new RecordedAction("wait", Map.of(), 75)));
    }

    @Test
    void transcriptRoundTrips() throws IOException {
        Path file = dir.resolve("t.json");
        TranscriptFiles.write(sample(), file);
        assertEquals(sample(), TranscriptFiles.read(file));
    }

    @Test
    void writingTheSameTranscriptTwiceGivesIdenticalBytes() throws IOException {
        Path file = dir.resolve("t.json");
        TranscriptFiles.write(sample(), file);
        byte[] first = Files.readAllBytes(file);
        TranscriptFiles.write(sample(), file);
        assertArrayEquals(first, Files.readAllBytes(file));
    }

    @Test
    void transcriptIsIndentedJsonWithSortedParametersAndLineFeedsOnly() {
        assertEquals(GOLDEN, new String(TranscriptFiles.toBytes(sample()), StandardCharsets.UTF_8));
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("t.json");
        Files.writeString(file, "old");
        TranscriptFiles.write(sample(), file);
        assertEquals(GOLDEN, Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void anUnknownFormatVersionIsRefused() throws IOException {
        Path file = write(GOLDEN.replace("\"format\": 1", "\"format\": 2"));
        TranscriptException e = assertThrows(TranscriptException.class, () -> TranscriptFiles.read(file));
        assertEquals("$.format", e.jsonPath());
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("version 2"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({ "-1, format", "-1, scenarioId", "-1, scenarioVersion", "-1, seed", "-1, actions", "1, actionId",
            "1, parameters", "1, simulatedMinutes" })
    void aMissingFieldIsNamedByItsJsonPath(int action, String field) throws IOException {
        JsonObject json = JsonParser.parseString(GOLDEN).getAsJsonObject();
        JsonObject parent = action < 0 ? json : json.getAsJsonArray("actions").get(action).getAsJsonObject();
        parent.remove(field);
        String path = (action < 0 ? "$" : "$.actions[" + action + "]") + "." + field;
        assertRefused(json.toString(), path, path + " is missing");
    }

    @Test
    void anUnknownFieldIsNamedByItsJsonPath() throws IOException {
        assertRefused(GOLDEN.replace("\"actionId\": \"wait\",", "\"actionId\": \"wait\", \"paramters\": {},"),
                "$.actions[1].paramters", "not part of transcript format 1");
    }

    @ParameterizedTest
    @CsvSource({ "'\"seed\": 42', '\"seed\": \"42\"', $.seed", "'\"seed\": 42', '\"seed\": 4.2e1', $.seed",
            "'\"simulatedMinutes\": 75', '\"simulatedMinutes\": -1', $.actions[1].simulatedMinutes",
            "'\"language\": \"fr\"', '\"language\": 7', $.actions[0].parameters.language",
            "'\"actionId\": \"wait\"', '\"actionId\": \" \"', $.actions[1].actionId",
            "'\"language\": \"fr\"', '\"lang-uage\": 7', $.actions[0].parameters['lang-uage']",
            "'\"parameters\": {}', '\"parameters\": []', $.actions[1].parameters" })
    void aMistypedFieldIsNamedByItsJsonPath(String field, String mistyped, String path) throws IOException {
        assertRefused(GOLDEN.replace(field, mistyped), path, path);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"format\": 1} {}", "// note\n{\"format\": 1}", "{'format': 1}", "{\"format\": 1",
            "" })
    void jsonThatIsNotStrictlyValidIsRefused(String text) throws IOException {
        assertRefused(text, "$", "not valid JSON");
    }

    private void assertRefused(String text, String path, String expected) throws IOException {
        Path file = write(text);
        TranscriptException e = assertThrows(TranscriptException.class, () -> TranscriptFiles.read(file));
        assertEquals(path, e.jsonPath(), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(expected), e.getMessage());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("t.json"), text);
    }
}
