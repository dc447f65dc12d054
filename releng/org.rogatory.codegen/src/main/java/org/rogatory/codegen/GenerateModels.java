package org.rogatory.codegen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Command-line entry point run by Maven: regenerates the EMF model code of the listed genmodels ({@code write}) or
 * proves that the committed {@code src-gen/} folders are exactly what the generator produces ({@code check}).
 *
 * <p>Both modes first generate every genmodel into an empty work folder, so the result never depends on what is
 * already in the repository. {@code write} then mirrors that result into each genmodel's model directory;
 * {@code check} only compares. Exit codes: 0 done or up to date, 1 check found differences, 2 usage or generation
 * error.
 */
public final class GenerateModels {

  static final int OK = 0;
  static final int OUT_OF_DATE = 1;
  static final int ERROR = 2;

  private static final String PREFIX = "[codegen] ";

  private final PrintStream out;

  private GenerateModels(PrintStream out) {
    this.out = out;
  }

  /** Runs the tool and exits with its exit code, so that Maven's exec plugin fails the build on a non-zero one. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the tool without exiting; the tests call this. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    // The generator takes its line delimiter from this property when the target file does not exist yet, which is
    // always the case here: pin it so that output is the same on every operating system.
    System.setProperty("line.separator", "\n");
    // EMF derives constant names with the default locale's toUpperCase: in a Turkish locale TITLE_EDEFAULT would
    // become T\u0130TLE_EDEFAULT. Pin a neutral locale so that the output never depends on the machine's language.
    Locale.setDefault(Locale.ROOT);
    CommandLine commandLine;
    try {
      commandLine = CommandLine.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(PREFIX + e.getMessage());
      err.println(CommandLine.USAGE);
      return ERROR;
    }
    try {
      return new GenerateModels(out).execute(commandLine);
    } catch (GenerationException | IOException e) {
      err.println(PREFIX + "FAILED: " + e.getMessage());
      if (e.getCause() instanceof RuntimeException || e.getCause() instanceof LinkageError) {
        e.getCause().printStackTrace(err); // unexpected inside EMF: the stack is what a bug report needs
      }
      return ERROR;
    }
  }

  private int execute(CommandLine commandLine) throws IOException, GenerationException {
    Path root = commandLine.root();
    List<String> genmodels = new ArrayList<>();
    for (String genmodel : commandLine.genmodels()) {
      if (Files.isRegularFile(root.resolve(genmodel))) {
        genmodels.add(genmodel);
      } else {
        out.println(PREFIX + "skipped " + genmodel + ": no such file (yet)");
      }
    }
    if (genmodels.isEmpty()) {
      out.println(PREFIX + "nothing to generate");
      return OK;
    }

    SourceTree.deleteRecursively(commandLine.work());
    RepositoryLayout layout = new RepositoryLayout(root, commandLine.work().resolve("workspace"));
    ModelGenerator generator = new ModelGenerator(layout, out);
    // Several genmodels may share one model directory: compare or write each directory once, after all of them ran.
    Map<String, ModelGenerator.Result> generatedByTarget = new TreeMap<>();
    for (String genmodel : genmodels) {
      for (ModelGenerator.Result result : generator.generate(genmodel)) {
        generatedByTarget.put(result.committedDirectory() + (result.only().isEmpty() ? "" : "/" + result.only()), result);
      }
    }

    boolean upToDate = true;
    for (ModelGenerator.Result result : generatedByTarget.values()) {
      String target = result.committedDirectory();
      Path generated = result.generatedDirectory();
      SourceTree.normalizeLineEndings(generated);
      TreeDiff diff = TreeDiff.compare(generated, root.resolve(target), result::owns);
      if (commandLine.mode() == CommandLine.Mode.WRITE) {
        diff.applyTo();
        out.println(PREFIX + "wrote " + target + ": " + diff.summary());
      } else if (diff.isEmpty()) {
        out.println(PREFIX + target + " is up to date (" + diff.unchanged().size() + " files)");
      } else {
        upToDate = false;
        reportDifferences(target, generated, diff);
      }
    }
    if (!upToDate) {
      out.println(PREFIX + "Generated code differs from the genmodels. Regenerate from the repository root with:");
      out.println(PREFIX + "    " + commandLine.regenerateCommand());
      out.println(PREFIX + "and commit the result.");
      return OUT_OF_DATE;
    }
    return OK;
  }

  private void reportDifferences(String target, Path generated, TreeDiff diff) {
    out.println(PREFIX + "ERROR: " + target + " is out of date: " + diff.summary());
    out.println(PREFIX + "  (the freshly generated files are in " + generated + ")");
    for (String file : diff.changed()) {
      out.println(PREFIX + "  changed: " + target + "/" + file + " (first difference at line "
          + diff.firstDifferingLine(file) + ")");
    }
    for (String file : diff.added()) {
      out.println(PREFIX + "  missing: " + target + "/" + file + " (generated, but not committed)");
    }
    for (String file : diff.removed()) {
      out.println(PREFIX + "  extra:   " + target + "/" + file + " (committed, but no longer generated)");
    }
  }
}
