package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackWriter;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.l10n.Localizer;
import org.rogatory.model.l10n.MissingTranslation;
import org.rogatory.model.l10n.Translatables;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.ScenarioPackage;
import org.rogatory.model.scenario.State;

/**
 * Trainees play in their own language while packs are authored in one: translations must be found, untranslated texts
 * must fall back to the source, instructors must see what is missing, and a broken translation file must be named.
 */
class LocalizerTest {

    private static final EAttribute TITLE = ScenarioPackage.Literals.DECISION_POINT__TITLE;
    private static final EAttribute STATE_NAME = ScenarioPackage.Literals.STATE__NAME;

    @TempDir
    Path pack;

    private Path l10n;

    @BeforeEach
    void writePackWithFrenchTranslation() throws IOException {
        PackWriter.write(new MinimalPack().pack, pack);
        l10n = Files.createDirectories(pack.resolve("l10n"));
        Files.writeString(l10n.resolve("case_fr.properties"),
                "# Cas minimal\ndp-start.title = Le premier matin\n"
                        + "preserve.label = Demander la conservation \\u00e0 la Carpanie\n",
                StandardCharsets.UTF_8);
        Files.writeString(l10n.resolve("minimal_fr.properties"), "B.name = Bordurie\n", StandardCharsets.UTF_8);
    }

    @Test
    void translationIsFound() throws LoadException {
        LoadedPack loaded = load();
        Localizer french = Localizer.load(loaded, "fr");

        assertEquals("Le premier matin", french.text(decisionPoint(loaded, 0), TITLE));
        assertEquals("Bordurie", french.text(state(loaded, "B"), STATE_NAME));
    }

    @Test
    void untranslatedTextFallsBackToTheSource() throws LoadException {
        LoadedPack loaded = load();
        Localizer french = Localizer.load(loaded, "fr");

        assertEquals("The answer arrives", french.text(decisionPoint(loaded, 1), TITLE));
        assertEquals("Carpania", french.text(state(loaded, "C"), STATE_NAME));
    }

    @Test
    void regionalTagFallsBackToItsLanguage() throws IOException, LoadException {
        Files.writeString(l10n.resolve("case_fr-CA.properties"), "dp-follow.title = La réponse arrive\n",
                StandardCharsets.UTF_8);
        LoadedPack loaded = load();
        Localizer canadian = Localizer.load(loaded, "fr-CA");

        assertEquals("Le premier matin", canadian.text(decisionPoint(loaded, 0), TITLE));
        assertEquals("La réponse arrive", canadian.text(decisionPoint(loaded, 1), TITLE));
    }

    @Test
    void missingTranslationsAreListedWithFileAndSourceText() throws LoadException {
        List<MissingTranslation> missing = Localizer.load(load(), "fr").missingTranslations();

        assertTrue(missing.contains(new MissingTranslation("l10n/case_fr.properties", "dp-follow.title",
                "The answer arrives")), missing.toString());
        assertTrue(missing.contains(new MissingTranslation("l10n/minimal_fr.properties", "C.name", "Carpania")),
                missing.toString());
        assertTrue(missing.stream().noneMatch(m -> m.key().equals("dp-start.title")), missing.toString());
        assertTrue(missing.stream().noneMatch(m -> m.key().equals("B.name")), missing.toString());
    }

    @Test
    void sourceLanguageLacksNothing() throws LoadException {
        LoadedPack loaded = load();
        Localizer english = Localizer.load(loaded, "en");

        assertEquals(List.of(), english.missingTranslations());
        assertEquals("The first morning", english.text(decisionPoint(loaded, 0), TITLE));
    }

    @Test
    void translationFileThatIsNotUtf8IsReportedWithFileAndLine() throws IOException, LoadException {
        byte[] latin1 = "# ok\ndp-start.title = Le premier matin\ndp-follow.title = La r\u00e9ponse\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(l10n.resolve("case_fr.properties"), latin1);
        LoadedPack loaded = load();

        LoadProblem problem = Fixtures.onlyProblem(
                assertThrows(LoadException.class, () -> Localizer.load(loaded, "fr")));

        assertTrue(problem.file().endsWith("case_fr.properties"), problem.toString());
        assertEquals(3, problem.line(), problem.toString());
        assertTrue(problem.message().contains("UTF-8"), problem.message());
    }

    @Test
    void malformedEscapeIsReportedWithFileAndLine() throws IOException, LoadException {
        Files.writeString(l10n.resolve("minimal_fr.properties"), "B.name = Bordurie\nC.name = Carpanie \\u00e\n");
        LoadedPack loaded = load();

        LoadProblem problem = Fixtures.onlyProblem(
                assertThrows(LoadException.class, () -> Localizer.load(loaded, "fr")));

        assertTrue(problem.file().endsWith("minimal_fr.properties"), problem.toString());
        assertEquals(2, problem.line(), problem.toString());
    }

    @Test
    void tagThatIsNotALanguageIsRejected() throws LoadException {
        LoadedPack loaded = load();

        assertThrows(IllegalArgumentException.class, () -> Localizer.load(loaded, "../../etc"));
    }

    @Test
    void translatableAttributesAreFoundFromTheAnnotation() {
        int count = 0;
        for (Iterator<EClassifier> it = ScenarioPackage.eINSTANCE.getEClassifiers().iterator(); it.hasNext();) {
            if (it.next() instanceof EClass eClass) {
                count += eClass.getEAttributes().stream().filter(Translatables::isTranslatable).count();
            }
        }
        assertEquals(31, count, "DESIGN.md documents 31 translatable attributes");
        assertEquals(List.of(TITLE, ScenarioPackage.Literals.DECISION_POINT__NARRATIVE),
                Translatables.attributesOf(ScenarioPackage.Literals.DECISION_POINT));
    }

    private LoadedPack load() throws LoadException {
        return new ScenarioLoader().loadPack(pack);
    }

    private static DecisionPoint decisionPoint(LoadedPack loaded, int index) {
        return loaded.scenarios().get(0).getDecisionPoints().get(index);
    }

    private static State state(LoadedPack loaded, String id) {
        return loaded.pack().getCast().stream().filter(s -> id.equals(s.getId())).findFirst().orElseThrow();
    }
}
