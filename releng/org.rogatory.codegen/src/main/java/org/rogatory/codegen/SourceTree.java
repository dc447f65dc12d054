package org.rogatory.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** File-tree helpers: listing in a stable order, line-ending normalization, deletion. */
final class SourceTree {

  private SourceTree() {
  }

  /**
   * The regular files under {@code folder} keyed by their path relative to it, always with {@code /}, sorted so that
   * every report lists them in the same order. An absent folder has no files.
   */
  static SortedMap<String, Path> files(Path folder) throws IOException {
    SortedMap<String, Path> result = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return result;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : (Iterable<Path>)paths.filter(Files::isRegularFile)::iterator) {
        result.put(folder.relativize(path).toString().replace('\\', '/'), path);
      }
    }
    return result;
  }

  /** Rewrites every text file under {@code folder} with {@code \n} line endings; files with NUL bytes are binary. */
  static void normalizeLineEndings(Path folder) throws IOException {
    for (Path file : files(folder).values()) {
      byte[] bytes = Files.readAllBytes(file);
      byte[] normalized = normalize(bytes);
      if (normalized != bytes) {
        Files.write(file, normalized);
      }
    }
  }

  /** Returns {@code bytes} itself when there is nothing to change. */
  static byte[] normalize(byte[] bytes) {
    boolean hasCarriageReturn = false;
    for (byte b : bytes) {
      if (b == 0) {
        return bytes;
      }
      hasCarriageReturn |= b == '\r';
    }
    if (!hasCarriageReturn) {
      return bytes;
    }
    byte[] result = new byte[bytes.length];
    int length = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\r') {
        result[length++] = '\n';
        if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
          i++;
        }
      } else {
        result[length++] = bytes[i];
      }
    }
    return java.util.Arrays.copyOf(result, length);
  }

  static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : (Iterable<Path>)paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  /** Removes the empty folders under {@code folder} (not the folder itself) that deleting stale files left behind. */
  static void deleteEmptyFolders(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : (Iterable<Path>)paths.sorted(Comparator.reverseOrder())::iterator) {
        if (!path.equals(folder) && Files.isDirectory(path)) {
          try (Stream<Path> children = Files.list(path)) {
            if (children.findAny().isEmpty()) {
              Files.delete(path);
            }
          }
        }
      }
    }
  }
}
