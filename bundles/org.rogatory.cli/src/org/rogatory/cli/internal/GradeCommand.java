package org.rogatory.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.Engine;
import org.rogatory.engine.grading.GradeResult;
import org.rogatory.engine.grading.Graded;
import org.rogatory.engine.grading.Grader;
import org.rogatory.model.io.LoadedPack;

import com.google.gson.GsonBuilder;

/**
 * {@code rogatory grade <folder of transcripts> --pack <pack folder> --out <results.json|results.csv>}: grades a
 * workshop's transcripts in one go, for cohort analytics. A transcript that cannot be graded is named on standard
 * error and the others are still graded; the exit code is then 1.
 */
final class GradeCommand implements Command {

    @Override
    public String name() {
        return "grade"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Grade_usage;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 5 || !"--pack".equals(args.get(1)) || !"--out".equals(args.get(3)) //$NON-NLS-1$ //$NON-NLS-2$
                || !(args.get(4).endsWith(".json") || args.get(4).endsWith(".csv"))) { //$NON-NLS-1$ //$NON-NLS-2$
            err.println(Messages.Grade_arguments);
            return Cli.USAGE;
        }
        Path folder = Path.of(args.get(0));
        if (!Files.isDirectory(folder)) {
            err.println(NLS.bind(Messages.Grade_noFolder, args.get(0)));
            return Cli.USAGE;
        }
        LoadedPack pack = Packs.load(args.get(2), err);
        if (pack == null) {
            return Cli.FAILED;
        }
        Grader grader = new Grader(Engine.standard());
        List<GradeResult> results = new ArrayList<>();
        int failed = 0;
        for (Graded graded : grader.gradeFiles(transcripts(folder), pack)) {
            if (graded.failure() == null) {
                results.add(graded.result());
            } else {
                failed++;
                err.println(NLS.bind(Messages.Grade_failed, graded.name(), graded.failure().getMessage()));
            }
        }
        Path target = Path.of(args.get(4));
        try {
            write(results, target);
        } catch (IOException e) {
            err.println(NLS.bind(Messages.Grade_cannotWrite, target, e.getMessage()));
            return Cli.FAILED;
        }
        out.println(NLS.bind(Messages.Grade_summary, new Object[] { results.size(), failed, target }));
        return failed == 0 ? Cli.OK : Cli.FAILED;
    }

    private static List<Path> transcripts(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList(); //$NON-NLS-1$
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Writes the results atomically: a half-written results file never replaces a good one. */
    private static void write(List<GradeResult> results, Path target) throws IOException {
        String text = target.toString().endsWith(".csv") ? csv(results) //$NON-NLS-1$
                : new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(results) + "\n"; //$NON-NLS-1$
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".grade", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String csv(List<GradeResult> results) {
        StringBuilder csv = new StringBuilder(
                "transcript,scenario,version,seed,decisions,compliant,weaker,non_compliant,total,end,evidence_lost,scores\n"); //$NON-NLS-1$
        for (GradeResult r : results) {
            String scores = r.scores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";")); //$NON-NLS-1$ //$NON-NLS-2$
            csv.append(String.join(",", cell(r.transcript()), cell(r.scenarioId()), cell(r.scenarioVersion()), //$NON-NLS-1$
                    Long.toString(r.seed()), Integer.toString(r.decisions()), Integer.toString(r.compliant()),
                    Integer.toString(r.weaker()), Integer.toString(r.nonCompliant()),
                    String.format(Locale.ROOT, "%.2f", r.total()), r.endReason(), //$NON-NLS-1$
                    cell(String.join(";", r.evidenceLost())), cell(scores))).append('\n'); //$NON-NLS-1$
        }
        return csv.toString();
    }

    /** Quotes a CSV cell when it holds a separator or a quote. */
    private static String cell(String value) {
        return value.matches("[^,\"\\n]*") ? value : '"' + value.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
