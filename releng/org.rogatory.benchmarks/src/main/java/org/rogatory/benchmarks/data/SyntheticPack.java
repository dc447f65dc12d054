package org.rogatory.benchmarks.data;

import static org.rogatory.benchmarks.data.ModelKit.F;

import java.util.List;
import java.util.Locale;

import org.rogatory.model.scenario.Conduct;
import org.rogatory.model.scenario.Criterion;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Rubric;

/**
 * Builds the benchmark's pack: a shared cast of five fictional States, a conduct vocabulary, one rubric, and as many
 * generated scenarios as asked for. The same size and seed always give the same pack, so figures from different runs
 * and machines measure the same work.
 */
public final class SyntheticPack {

    /** The pack's id; scenario ids are {@code case-0001} and up. */
    public static final String ID = "synthetic-benchmark";
    /** The pack version, which transcripts must name to be graded against it. */
    public static final String VERSION = "1.0.0";

    private SyntheticPack() {
    }

    /**
     * Builds a pack of {@code scenarios} scenarios with {@code decisionPoints} decision points each; {@code seed}
     * fixes every random choice.
     */
    public static Pack build(int scenarios, int decisionPoints, long seed) {
        Pack pack = F.createPack();
        pack.setId(ID);
        pack.setVersion(VERSION);
        pack.setTitle("Synthetic benchmark pack");
        pack.setDescription("Generated cases of cross-border cybercrime for measuring the engine. Not for training.");
        pack.getAuthors().add("Rogatory benchmark generator");
        pack.setLicence("CC-BY-4.0");
        pack.setSourceLanguage("en");
        pack.getLanguages().add("en");
        pack.setFormatVersion("1.0");
        pack.setMinRogatoryVersion("0.1");
        List<Conduct> conducts = List.of(conduct("illegal-access", "Illegal access", "Art. 7"),
                conduct("data-interference", "Interference with electronic data", "Art. 9"),
                conduct("computer-fraud", "Fraud committed through an ICT system", "Art. 13"),
                conduct("laundering", "Laundering of proceeds of crime", "Art. 17"),
                conduct("extortion", "Extortion by ransomware", null));
        pack.getConducts().addAll(conducts);
        Rubric rubric = rubric();
        pack.getRubrics().add(rubric);
        SyntheticCast cast = new SyntheticCast(conducts);
        pack.getCast().addAll(cast.states());
        for (int i = 0; i < scenarios; i++) {
            pack.getScenarios().add(new SyntheticScenario(i, decisionPoints, seed, cast, conducts, rubric).scenario());
        }
        return pack;
    }

    /** The id of the scenario at {@code index} (0-based). */
    public static String scenarioId(int index) {
        return String.format("case-%04d", index + 1);
    }

    private static Conduct conduct(String id, String name, String article) {
        Conduct conduct = F.createConduct();
        conduct.setId(id);
        conduct.setName(name);
        conduct.setConventionArticle(article);
        return conduct;
    }

    private static Rubric rubric() {
        Rubric rubric = F.createRubric();
        rubric.setId("standard");
        rubric.setName("Standard rubric for cooperation cases");
        String[][] criteria = { { "legality", "Legality", "3" }, { "timeliness", "Timeliness", "2" },
            { "evidence", "Evidence secured", "2" }, { "rights", "Rights and safeguards", "1" },
            { "efficiency", "Efficient route", "1" } };
        for (String[] row : criteria) {
            Criterion criterion = F.createCriterion();
            criterion.setId(row[0]);
            criterion.setLabel(row[1]);
            criterion.setDescription("Points for " + row[1].toLowerCase(Locale.ROOT) + ".");
            criterion.setWeight(Integer.parseInt(row[2]));
            rubric.getCriteria().add(criterion);
        }
        return rubric;
    }
}
