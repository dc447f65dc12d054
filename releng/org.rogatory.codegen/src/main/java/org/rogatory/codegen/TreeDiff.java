package org.rogatory.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Predicate;

/**
 * The file-by-file difference between freshly generated code and a committed model directory, byte for byte. Paths
 * are relative to the two folders, with {@code /}.
 *
 * @param added files that were generated but are not committed
 * @param removed files that are committed but are no longer generated
 * @param changed files present on both sides with different contents
 * @param unchanged files present on both sides with the same contents
 */
record TreeDiff(Path generated, Path committed, List<String> added, List<String> removed, List<String> changed,
    List<String> unchanged) {

  static TreeDiff compare(Path generated, Path committed) throws IOException {
    return compare(generated, committed, file -> true);
  }

  /**
   * Compares only the files that {@code include} accepts on either side, so that a generated file can live in a
   * folder that also holds hand-written files (the edit bundle's {@code plugin.properties} beside its manifest).
   */
  static TreeDiff compare(Path generated, Path committed, Predicate<String> include) throws IOException {
    SortedMap<String, Path> fresh = SourceTree.files(generated);
    SortedMap<String, Path> existing = SourceTree.files(committed);
    fresh.keySet().removeIf(include.negate());
    existing.keySet().removeIf(include.negate());
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (var entry : fresh.entrySet()) {
      Path old = existing.get(entry.getKey());
      if (old == null) {
        added.add(entry.getKey());
      } else if (Files.mismatch(entry.getValue(), old) == -1) {
        unchanged.add(entry.getKey());
      } else {
        changed.add(entry.getKey());
      }
    }
    List<String> removed = existing.keySet().stream().filter(file -> !fresh.containsKey(file)).toList();
    return new TreeDiff(generated, committed, List.copyOf(added), removed, List.copyOf(changed),
        List.copyOf(unchanged));
  }

  boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  String summary() {
    return changed.size() + " changed, " + added.size() + " added, " + removed.size() + " removed, "
        + unchanged.size() + " unchanged";
  }

  /** The 1-based number of the first line that differs, to point a reader at the edit. */
  int firstDifferingLine(String file) {
    try {
      List<String> fresh = Files.readAllLines(generated.resolve(file));
      List<String> old = Files.readAllLines(committed.resolve(file));
      int line = 0;
      while (line < fresh.size() && line < old.size() && fresh.get(line).equals(old.get(line))) {
        line++;
      }
      return line + 1;
    } catch (IOException | java.io.UncheckedIOException e) {
      return 1;
    }
  }

  /**
   * Makes {@code committed} equal to {@code generated}: writes added and changed files, deletes removed ones and the
   * folders they leave empty. Unchanged files are not touched, so their timestamps stay as they were.
   */
  void applyTo() throws IOException {
    for (String file : added) {
      copy(file);
    }
    for (String file : changed) {
      copy(file);
    }
    for (String file : removed) {
      Files.delete(committed.resolve(file));
    }
    SourceTree.deleteEmptyFolders(committed);
  }

  private void copy(String file) throws IOException {
    Path target = committed.resolve(file);
    Files.createDirectories(target.getParent());
    Files.write(target, Files.readAllBytes(generated.resolve(file)));
  }
}
