package org.rogatory.codegen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parsed arguments. Genmodels may be given as one comma-separated {@code --genmodels} value (what the pom passes)
 * and/or as trailing arguments, always relative to the repository root.
 */
record CommandLine(Mode mode, Path root, Path work, String regenerateCommand, List<String> genmodels) {

  /** What to do with the freshly generated code. */
  enum Mode {
    /** Mirror it into the model directories. */
    WRITE,
    /** Compare it with the model directories and fail on any difference. */
    CHECK
  }

  static final String USAGE = """
      usage: GenerateModels --mode write|check --root <repository root> [--work <scratch folder>]
                            [--regenerate-command <text>] [--genmodels a.genmodel,b.genmodel] [genmodel ...]""";

  static final String DEFAULT_REGENERATE_COMMAND =
      "./mvnw -f releng/org.rogatory.codegen verify -Dcodegen.mode=write";

  static CommandLine parse(String[] args) {
    Mode mode = null;
    Path root = null;
    Path work = null;
    String regenerateCommand = DEFAULT_REGENERATE_COMMAND;
    List<String> genmodels = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--mode" -> mode = parseMode(value(args, ++i, arg));
        case "--root" -> root = Path.of(value(args, ++i, arg)).toAbsolutePath().normalize();
        case "--work" -> work = Path.of(value(args, ++i, arg)).toAbsolutePath().normalize();
        case "--regenerate-command" -> regenerateCommand = value(args, ++i, arg);
        case "--genmodels" -> addAll(genmodels, value(args, ++i, arg).split(","));
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
          }
          addAll(genmodels, arg);
        }
      }
    }
    if (mode == null || root == null) {
      throw new IllegalArgumentException("--mode and --root are required");
    }
    if (work == null) {
      work = Path.of(System.getProperty("java.io.tmpdir"), "rogatory-codegen").toAbsolutePath();
    }
    return new CommandLine(mode, root, work, regenerateCommand, List.copyOf(genmodels));
  }

  private static Mode parseMode(String text) {
    try {
      return Mode.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--mode must be write or check, not '" + text + "'");
    }
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static void addAll(List<String> genmodels, String... paths) {
    for (String path : paths) {
      String trimmed = path.trim().replace('\\', '/');
      if (!trimmed.isEmpty() && !genmodels.contains(trimmed)) {
        genmodels.add(trimmed);
      }
    }
  }
}
