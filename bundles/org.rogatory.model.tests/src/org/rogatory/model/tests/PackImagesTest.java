package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.model.internal.io.RogatoryResource;
import org.rogatory.model.io.ImageCache;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.migration.FormatMigrations;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.validation.ScenarioValidation;

/**
 * Images of pack files stand in for the XMI only when they are exactly what the XMI would give: the same objects,
 * values and references, the same validation findings, and every load problem still named by file, line and column.
 * A damaged, stale or unwritable image only means the XMI is read.
 */
class PackImagesTest {

    @TempDir
    Path temp;

    @Test
    void aPackReadFromImagesIsThePackReadFromXmi() throws IOException, LoadException {
        Path pack = Fixtures.copy("every-instrument", temp.resolve("pack"));
        ImageCache cache = ImageCache.in(temp.resolve("images"));
        LoadedPack fromXmi = new ScenarioLoader().loadPack(pack);

        LoadedPack writing = new ScenarioLoader().withImages(cache).loadPack(pack);
        assertEquals(List.of(false, false, false), fromImage(writing));
        assertEquals(3, images(cache).size(), "one image per file");

        LoadedPack reading = new ScenarioLoader().withImages(cache).loadPack(pack);
        assertEquals(List.of(true, true, true), fromImage(reading));
        assertTrue(ImageCache.holdsAllOf(reading));
        assertTrue(EcoreUtil.equals(fromXmi.pack(), reading.pack()), "the pack");
        assertEquals(fromXmi.scenarios().size(), reading.scenarios().size());
        for (int i = 0; i < fromXmi.scenarios().size(); i++) {
            Scenario expected = fromXmi.scenarios().get(i);
            Scenario actual = reading.scenarios().get(i);
            assertTrue(EcoreUtil.equals(expected, actual), expected.getId());
            assertSame(reading.pack().eResource(), actual.getHomeState().eResource(), "references are resolved");
        }
        assertEquals(findings(fromXmi), findings(reading));
    }

    @Test
    void idsLeadToTheSameElementsAsFromXmiEvenWhenRepeated() throws IOException, LoadException {
        Path pack = Fixtures.copy("minimal", temp.resolve("pack"));
        // A repeated id: a feedback deep in the file now has the id of the first objective (a validation error,
        // not a load problem). EMF's id map then holds the later of the two, and so must the map of an image.
        Fixtures.replace(pack.resolve("case.rogatory"), "<feedback id=\"preserve-feedback\"", "<feedback id=\"objective\"");
        ImageCache cache = ImageCache.in(temp.resolve("images"));
        LoadedPack fromXmi = new ScenarioLoader().loadPack(pack);
        new ScenarioLoader().withImages(cache).loadPack(pack);

        LoadedPack fromImages = new ScenarioLoader().withImages(cache).loadPack(pack);

        assertEquals(List.of(true, true), fromImage(fromImages));
        for (int i = 0; i < 2; i++) {
            Resource expected = i == 0 ? fromXmi.pack().eResource() : fromXmi.scenarios().get(0).eResource();
            Resource actual = i == 0 ? fromImages.pack().eResource() : fromImages.scenarios().get(0).eResource();
            Map<String, EObject> expectedIds = ((RogatoryResource) expected)
                    .getIntrinsicIDToEObjectMap();
            Map<String, EObject> actualIds = ((RogatoryResource) actual)
                    .getIntrinsicIDToEObjectMap();
            assertEquals(expectedIds.keySet(), actualIds.keySet());
            for (String id : expectedIds.keySet()) {
                assertEquals(path(expectedIds.get(id)), path(actualIds.get(id)), id);
            }
        }
        assertTrue(path(((RogatoryResource) fromImages.scenarios().get(0).eResource()).getIntrinsicIDToEObjectMap()
                .get("objective")).contains("feedback"), "the later element, the feedback, holds the id");
    }

    /** Where an element sits in its file, by containment features and positions. */
    private static String path(EObject object) {
        StringBuilder path = new StringBuilder();
        for (EObject at = object; at.eContainer() != null; at = at.eContainer()) {
            Object siblings = at.eContainer().eGet(at.eContainmentFeature());
            int index = siblings instanceof List<?> list ? list.indexOf(at) : 0;
            path.insert(0, "/" + at.eContainmentFeature().getName() + "." + index);
        }
        return path.toString();
    }

    @Test
    void equalValuesOfFilesReadFromImagesAreOneString() throws IOException, LoadException {
        Path pack = Fixtures.copy("minimal", temp.resolve("pack"));
        Path original = pack.resolve("case.rogatory");
        StringBuilder listed = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            Path copy = Files.copy(original, pack.resolve("case-" + i + ".rogatory"));
            Fixtures.replace(copy, " id=\"case\"", " id=\"case-" + i + "\"");
            listed.append("<scenarios href=\"case-").append(i).append(".rogatory#case-").append(i).append("\"/>");
        }
        Files.delete(original);
        Fixtures.replace(pack.resolve("pack.rogatory"), "<scenarios href=\"case.rogatory#case\"/>", listed.toString());
        ImageCache cache = ImageCache.in(temp.resolve("images"));
        new ScenarioLoader().withImages(cache).loadPack(pack);

        LoadedPack reading = new ScenarioLoader().withImages(cache).loadPack(pack);

        Map<String, String> seen = new HashMap<>();
        int repeated = 0;
        for (Scenario scenario : reading.scenarios()) {
            for (EObject object : (Iterable<EObject>) scenario::eAllContents) {
                for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                    if (!attribute.isMany() && object.eGet(attribute) instanceof String value) {
                        String first = seen.putIfAbsent(value, value);
                        if (first != null) {
                            repeated++;
                            assertSame(first, value, "read twice, kept once: " + value);
                        }
                    }
                }
            }
        }
        assertTrue(repeated > 10, "the fixture repeats values: " + repeated);
    }

    @Test
    void aReadOnlyCacheReadsImagesButWritesAndDeletesNothing() throws IOException, LoadException {
        Path pack = Fixtures.copy("every-instrument", temp.resolve("pack"));
        ImageCache cache = ImageCache.in(temp.resolve("images"));

        LoadedPack before = new ScenarioLoader().withImages(cache.readOnly()).loadPack(pack);
        assertFalse(Files.exists(cache.directory()), "nothing written, not even the folder");
        assertFalse(ImageCache.holdsAllOf(before));

        new ScenarioLoader().withImages(cache).loadPack(pack);
        List<Path> images = images(cache);
        Files.write(images.get(0), new byte[] { 1, 2, 3 });
        LoadedPack after = new ScenarioLoader().withImages(cache.readOnly()).loadPack(pack);
        assertEquals(2, fromImage(after).stream().filter(b -> b).count(), "the damaged image is not used");
        assertTrue(Files.exists(images.get(0)), "nor deleted by a cache that only reads");
        assertFalse(ImageCache.holdsAllOf(after));
        assertTrue(EcoreUtil.equals(before.pack(), after.pack()));
    }

    @Test
    void aDamagedImageIsDeletedAndTheXmiReadInstead() throws IOException, LoadException {
        Path pack = Fixtures.copy("every-instrument", temp.resolve("pack"));
        ImageCache cache = ImageCache.in(temp.resolve("images"));
        LoadedPack fromXmi = new ScenarioLoader().loadPack(pack);
        new ScenarioLoader().withImages(cache).loadPack(pack);
        List<Path> images = images(cache);
        byte[] flipped = Files.readAllBytes(images.get(0));
        flipped[flipped.length / 2] ^= 0x5a;
        Files.write(images.get(0), flipped);
        byte[] whole = Files.readAllBytes(images.get(1));
        Files.write(images.get(1), Arrays.copyOf(whole, whole.length - 7));
        Files.write(images.get(2), new byte[0]);

        LoadedPack damaged = new ScenarioLoader().withImages(cache).loadPack(pack);

        assertEquals(List.of(false, false, false), fromImage(damaged));
        assertTrue(EcoreUtil.equals(fromXmi.pack(), damaged.pack()));
        assertEquals(findings(fromXmi), findings(damaged));
        LoadedPack again = new ScenarioLoader().withImages(cache).loadPack(pack);
        assertEquals(List.of(true, true, true), fromImage(again), "the images were written again");
    }

    @Test
    void anEditedFileIsReadFromItsXmiAndGetsAnImageOfItsOwn() throws IOException, LoadException {
        Path pack = Fixtures.copy("every-instrument", temp.resolve("pack"));
        ImageCache cache = ImageCache.in(temp.resolve("images"));
        new ScenarioLoader().withImages(cache).loadPack(pack);
        Path scenario = pack.resolve("intake.rogatory");
        String text = Files.readString(scenario);
        String title = text.replaceFirst("(?s).*? title=\"([^\"]*)\".*", "$1");
        Fixtures.replace(scenario, " title=\"" + title + "\"", " title=\"" + title + " (edited)\"");

        LoadedPack edited = new ScenarioLoader().withImages(cache).loadPack(pack);

        Scenario intake = edited.scenarios().stream().filter(s -> s.eResource().getURI().lastSegment()
                .equals("intake.rogatory")).findFirst().orElseThrow();
        assertEquals(title + " (edited)", intake.getTitle());
        assertFalse(((RogatoryResource) intake.eResource()).isFromImage());
        assertEquals(4, images(cache).size());
    }

    @Test
    void problemsAreReportedAsFromXmiEvenWhenFilesHaveImages() throws IOException, LoadException {
        Path pack = Fixtures.copy("minimal", temp.resolve("pack"));
        ImageCache cache = ImageCache.in(temp.resolve("images"));
        new ScenarioLoader().withImages(cache).loadPack(pack);
        // The scenario keeps its image; the pack no longer has the state the scenario refers to.
        String packText = Files.readString(pack.resolve("pack.rogatory"));
        Files.writeString(pack.resolve("pack.rogatory"), packText.replace("id=\"B\"", "id=\"Bx\""));

        LoadException withImages = assertThrows(LoadException.class,
                () -> new ScenarioLoader().withImages(cache).loadPack(pack));
        LoadException withoutImages = assertThrows(LoadException.class, () -> new ScenarioLoader().loadPack(pack));

        assertEquals(withoutImages.getProblems(), withImages.getProblems());
        assertTrue(withImages.getProblems().stream().allMatch(p -> p.line() > 0), withImages.getMessage());
    }

    @Test
    void filesOfAnOlderFormatGetNoImage() throws IOException, LoadException {
        Path pack = Fixtures.copy("format-0.9", temp.resolve("pack"));
        ImageCache cache = ImageCache.in(temp.resolve("images"));

        ScenarioLoader migrating = new ScenarioLoader(FormatMigrations.of(List.of(new Format09Migration())));

        LoadedPack loaded = migrating.withImages(cache).loadPack(pack);

        assertEquals(1, loaded.scenarios().size());
        assertEquals(List.of(), images(cache), "migrated on every load, never kept as an image");
    }

    @Test
    void aFolderThatCannotHoldImagesOnlyMeansTheXmiIsRead() throws IOException, LoadException {
        Path pack = Fixtures.copy("every-instrument", temp.resolve("pack"));
        Path notAFolder = Files.writeString(temp.resolve("images"), "a file where the folder should be");
        ImageCache cache = ImageCache.in(notAFolder);

        LoadedPack loaded = new ScenarioLoader().withImages(cache).loadPack(pack);

        assertEquals(List.of(false, false, false), fromImage(loaded));
        assertEquals(2, loaded.scenarios().size());
    }

    @Test
    void imagesUnusedForThirtyDaysAreDeletedAndUsedOnesKept() throws IOException, LoadException {
        Path pack = Fixtures.copy("every-instrument", temp.resolve("pack"));
        ImageCache cache = ImageCache.in(temp.resolve("images"));
        new ScenarioLoader().withImages(cache).loadPack(pack);
        Instant now = Instant.now();
        FileTime longAgo = FileTime.from(now.minus(Duration.ofDays(31)));
        for (Path image : images(cache)) {
            Files.setLastModifiedTime(image, longAgo);
        }
        Path stale = Files.write(cache.directory().resolve("0".repeat(64) + ".rogimage"), new byte[] { 1 });
        Files.setLastModifiedTime(stale, longAgo);
        Path recent = Files.write(cache.directory().resolve("1".repeat(64) + ".rogimage"), new byte[] { 1 });
        Path unrelated = Files.writeString(cache.directory().resolve("notes.txt"), "kept");
        Files.setLastModifiedTime(unrelated, longAgo);

        new ScenarioLoader().withImages(cache).loadPack(pack);

        assertFalse(Files.exists(stale), "unused for 31 days");
        assertTrue(Files.exists(recent), "unused, but only for a moment");
        assertTrue(Files.exists(unrelated), "not an image");
        List<Path> used = images(cache).stream().filter(p -> !p.equals(recent)).toList();
        assertEquals(3, used.size());
        for (Path image : used) {
            assertNotEquals(longAgo, Files.getLastModifiedTime(image), "marked as used: " + image);
        }
    }

    @Test
    void anInstalledPackIsReadFromTheImagesItCarriesWithoutACache() throws IOException, LoadException {
        Path pack = Fixtures.copy("every-instrument", temp.resolve("pack"));
        LoadedPack fromXmi = new ScenarioLoader().loadPack(pack);

        assertEquals(3, ImageCache.writeCarried(pack));

        LoadedPack installed = new ScenarioLoader().loadPack(installed(pack));
        assertEquals(List.of(true, true, true), fromImage(installed));
        assertTrue(EcoreUtil.equals(fromXmi.pack(), installed.pack()), "the pack");
        for (int i = 0; i < fromXmi.scenarios().size(); i++) {
            assertTrue(EcoreUtil.equals(fromXmi.scenarios().get(i), installed.scenarios().get(i)), "scenario " + i);
        }
        assertEquals(findings(fromXmi), findings(installed));
        assertEquals(List.of(false, false, false), fromImage(new ScenarioLoader().loadPack(pack)),
                "a folder is not installed: its images are never read");
    }

    @Test
    void carriedImagesOfOtherBytesOrAnotherFormatAreNotRead() throws IOException, LoadException {
        Path pack = Fixtures.copy("every-instrument", temp.resolve("pack"));
        ImageCache.writeCarried(pack);
        Path scenario;
        try (Stream<Path> files = Files.list(pack)) {
            scenario = files.filter(file -> file.toString().endsWith(".rogatory") && !file.endsWith("pack.rogatory"))
                    .sorted().findFirst().orElseThrow();
        }
        Files.writeString(scenario, Files.readString(scenario) + "\n");

        LoadedPack edited = new ScenarioLoader().loadPack(installed(pack));
        assertEquals(2, fromImage(edited).stream().filter(Boolean::booleanValue).count(), "the edited file is parsed");

        Files.writeString(pack.resolve("images/fingerprint"), "0".repeat(64) + "\n");
        assertEquals(List.of(false, false, false), fromImage(new ScenarioLoader().loadPack(installed(pack))),
                "images made for another format are not read");
    }

    @Test
    void aDamagedCarriedImageOnlyMeansTheXmiIsRead() throws IOException, LoadException {
        Path pack = Fixtures.copy("every-instrument", temp.resolve("pack"));
        ImageCache.writeCarried(pack);
        LoadedPack fromXmi = new ScenarioLoader().loadPack(pack);
        try (Stream<Path> images = Files.list(pack.resolve("images"))) {
            for (Path image : (Iterable<Path>) images.filter(file -> file.toString().endsWith(".rogimage"))::iterator) {
                byte[] bytes = Files.readAllBytes(image);
                bytes[bytes.length / 2] ^= 0x5a;
                Files.write(image, bytes);
            }
        }

        LoadedPack loaded = new ScenarioLoader().loadPack(installed(pack));

        assertEquals(List.of(false, false, false), fromImage(loaded));
        assertTrue(EcoreUtil.equals(fromXmi.pack(), loaded.pack()));
    }

    /** The pack in a folder, as if installed: its carried images may be read. */
    private static PackSource installed(Path folder) {
        PackSource files = PackSource.folder(folder);
        return new PackSource() {
            @Override
            public InputStream open(String path) throws IOException {
                return files.open(path);
            }

            @Override
            public boolean isInstalled() {
                return true;
            }
        };
    }

    private static List<Boolean> fromImage(LoadedPack loaded) {
        List<Boolean> result = new ArrayList<>();
        result.add(((RogatoryResource) loaded.pack().eResource()).isFromImage());
        for (Scenario scenario : loaded.scenarios()) {
            result.add(((RogatoryResource) scenario.eResource()).isFromImage());
        }
        return result;
    }

    private static List<Path> images(ImageCache cache) throws IOException {
        if (!Files.isDirectory(cache.directory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache.directory())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rogimage")).sorted().toList();
        }
    }

    /** Every finding of the format's validation, as text with its severity. */
    private static List<String> findings(LoadedPack loaded) {
        List<String> result = new ArrayList<>();
        for (Diagnostic child : ScenarioValidation.validate(loaded).getChildren()) {
            result.add(child.getSeverity() + " " + child.getMessage());
        }
        for (Resource resource : loaded.pack().eResource().getResourceSet().getResources()) {
            result.add(resource.getURI().lastSegment());
        }
        return result;
    }
}
