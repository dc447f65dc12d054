package org.rogatory.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the tool on a copy of a small fixture repository (one model bundle with hand-written MANIFEST.MF, plugin.xml
 * and build.properties, and a genmodel that leaves bundleManifest at its default of true).
 */
class GenerateModelsTest {

  private static final String GENMODEL = "bundles/org.rogatory.model/model/scenario.genmodel";
  private static final String SRC_GEN = "bundles/org.rogatory.model/src-gen";
  private static final String PACKAGE = SRC_GEN + "/org/rogatory/model/scenario";

  @TempDir
  Path temp;

  private Path root;
  private Locale originalLocale;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();

  @BeforeEach
  void copyFixture() throws IOException {
    originalLocale = Locale.getDefault();
    root = temp.resolve("repo");
    Path fixture = Path.of("src/test/resources/fixture");
    try (Stream<Path> paths = Files.walk(fixture)) {
      for (Path source : paths.toList()) {
        Path target = root.resolve(fixture.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(originalLocale);
  }

  @Test
  void writeThenCheckPasses() throws IOException {
    assertEquals(GenerateModels.OK, run("write"));
    assertTrue(Files.isRegularFile(root.resolve(PACKAGE + "/impl/ScenarioImpl.java")));
    assertEquals(GenerateModels.OK, run("check"), output::toString);
    assertTrue(output.toString().contains(SRC_GEN + " is up to date (16 files)"), output::toString);
  }

  @Test
  void twoRunsAreByteIdenticalWhateverTheMachineLocale() throws IOException {
    assertEquals(GenerateModels.OK, run("write"));
    Map<String, String> first = snapshot(root.resolve(SRC_GEN));
    SourceTree.deleteRecursively(root.resolve(SRC_GEN));
    Locale.setDefault(Locale.forLanguageTag("tr-TR")); // upper-cases "title" to "T\u0130TLE" unless the tool pins it
    assertEquals(GenerateModels.OK, run("write"));
    assertEquals(first, snapshot(root.resolve(SRC_GEN)));
    assertFalse(first.values().stream().anyMatch(text -> text.contains("\r")), "only \\n line endings");
    assertFalse(first.values().stream().anyMatch(text -> text.contains(temp.toString())), "no machine paths");
  }

  @Test
  void checkNamesEveryChangedMissingAndExtraFileAndTheCommand() throws IOException {
    assertEquals(GenerateModels.OK, run("write"));
    Path edited = root.resolve(PACKAGE + "/impl/PartyImpl.java");
    Files.writeString(edited, Files.readString(edited).replace("return name;", "return name + \"!\";"));
    Files.delete(root.resolve(PACKAGE + "/util/ScenarioSwitch.java"));
    Files.writeString(root.resolve(PACKAGE + "/Leftover.java"), "class Leftover {}\n");

    assertEquals(GenerateModels.OUT_OF_DATE, run("check"));
    String text = output.toString();
    assertTrue(text.contains("changed: " + PACKAGE + "/impl/PartyImpl.java"), text);
    assertTrue(text.contains("missing: " + PACKAGE + "/util/ScenarioSwitch.java"), text);
    assertTrue(text.contains("extra:   " + PACKAGE + "/Leftover.java"), text);
    assertTrue(text.contains(CommandLine.DEFAULT_REGENERATE_COMMAND), text);

    assertEquals(GenerateModels.OK, run("write"));
    assertEquals(GenerateModels.OK, run("check"), output::toString);
    assertFalse(Files.exists(root.resolve(PACKAGE + "/Leftover.java")));
  }

  @Test
  void handWrittenBundleFilesAreNeverTouched() throws IOException {
    Path bundle = root.resolve("bundles/org.rogatory.model");
    List<String> handWritten = List.of("META-INF/MANIFEST.MF", "plugin.xml", "build.properties", "plugin.properties");
    Map<String, String> before = new TreeMap<>();
    for (String file : handWritten) {
      before.put(file, Files.readString(bundle.resolve(file)));
    }
    assertEquals(GenerateModels.OK, run("write"));
    for (String file : handWritten) {
      assertEquals(before.get(file), Files.readString(bundle.resolve(file)), file);
    }
    try (Stream<Path> files = Files.list(bundle)) {
      assertEquals(List.of("META-INF", "build.properties", "model", "plugin.properties", "plugin.xml", "src-gen"),
          files.map(path -> path.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void editCodeIsGeneratedAndCheckedWhenTheEditBundleExists() throws IOException {
    Path genmodel = root.resolve(GENMODEL);
    Files.writeString(genmodel, Files.readString(genmodel).replace("modelPluginID=\"org.rogatory.model\"",
        "modelPluginID=\"org.rogatory.model\" editDirectory=\"/org.rogatory.model.edit/src-gen\" "
            + "editPluginID=\"org.rogatory.model.edit\" creationIcons=\"false\""));
    assertEquals(GenerateModels.OK, run("write"), output::toString);
    assertFalse(Files.exists(root.resolve("bundles/org.rogatory.model.edit")), "no edit bundle folder, no edit code");

    Path edit = Files.createDirectories(root.resolve("bundles/org.rogatory.model.edit/META-INF"));
    Files.writeString(edit.resolve("MANIFEST.MF"), "Manifest-Version: 1.0\n");
    assertEquals(GenerateModels.OK, run("write"), output::toString);
    Path bundle = edit.getParent();
    try (Stream<Path> files = Files.walk(bundle.resolve("src-gen"))) {
      assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith("ItemProviderAdapterFactory.java")));
    }
    try (Stream<Path> icons = Files.walk(bundle.resolve("icons"))) {
      assertTrue(icons.anyMatch(f -> f.getFileName().toString().endsWith(".gif")));
    }
    assertTrue(Files.readString(bundle.resolve("plugin.properties")).contains("_UI_"));
    assertEquals("Manifest-Version: 1.0\n", Files.readString(edit.resolve("MANIFEST.MF")));
    assertEquals(GenerateModels.OK, run("check"), output::toString);

    Files.writeString(bundle.resolve("plugin.properties"), "edited = by hand\n");
    assertEquals(GenerateModels.OUT_OF_DATE, run("check"));
    assertTrue(output.toString().contains("changed: bundles/org.rogatory.model.edit/plugin.properties"), output::toString);
  }

  @Test
  void missingGenmodelIsSkipped() throws IOException {
    assertEquals(GenerateModels.OK, run("check", "bundles/org.rogatory.treaty/model/treaty.genmodel"));
    assertTrue(output.toString().contains("skipped bundles/org.rogatory.treaty/model/treaty.genmodel"));
  }

  @Test
  void aModelDirectoryThatIsTheWholeBundleIsRefused() throws IOException {
    Path genmodel = root.resolve(GENMODEL);
    Files.writeString(genmodel, Files.readString(genmodel).replace("/org.rogatory.model/src-gen", "/org.rogatory.model"));
    assertEquals(GenerateModels.ERROR, run("write"));
    assertTrue(Files.exists(root.resolve("bundles/org.rogatory.model/plugin.xml")));
  }

  private int run(String mode) throws IOException {
    return run(mode, GENMODEL);
  }

  private int run(String mode, String genmodel) throws IOException {
    output.reset();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("--mode", mode, "--root", root.toString(),
        "--work", temp.resolve("work").toString(), genmodel));
    return GenerateModels.run(args.toArray(String[]::new), out, out);
  }

  private static Map<String, String> snapshot(Path folder) throws IOException {
    Map<String, String> result = new TreeMap<>();
    for (var entry : SourceTree.files(folder).entrySet()) {
      result.put(entry.getKey(), Files.readString(entry.getValue()));
    }
    return result;
  }
}
