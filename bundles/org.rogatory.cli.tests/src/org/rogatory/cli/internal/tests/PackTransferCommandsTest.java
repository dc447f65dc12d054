package org.rogatory.cli.internal.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.rogatory.cli.internal.Cli;

/** {@code rogatory pack export|import|project}: exit codes, what is printed, and what is (not) written. */
class PackTransferCommandsTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path fixture(String name) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(PackTransferCommandsTest.class);
        Path folder = Files.createDirectories(work.resolve(name));
        for (String file : List.of("pack.rogatory", "case.rogatory")) {
            Enumeration<URL> found = bundle.findEntries("fixtures/" + name, file, false);
            try (InputStream in = found.nextElement().openStream()) {
                Files.copy(in, folder.resolve(file));
            }
        }
        return folder;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (var children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }

    @Test
    void exportThenImportGivesTheSamePackAndDigest() throws IOException {
        Path pack = fixture("minimal");
        Path archive = work.resolve("minimal.rogpack");
        assertEquals(Cli.OK, run("pack", "export", pack.toString(), "--out", archive.toString()), err());
        assertTrue(out().startsWith("Exported pack 'minimal' version 1.0.0 (2 files) to "), out());
        String digest = out().lines().filter(l -> l.startsWith("Digest: sha256:")).findFirst().orElseThrow();
        Path imports = work.resolve("imports");
        assertEquals(Cli.OK, run("pack", "import", archive.toString(), "--into", imports.toString()), err());
        assertTrue(out().contains("Imported pack 'minimal' version 1.0.0 into "), out());
        assertTrue(out().contains(digest), out());
        for (String file : List.of("pack.rogatory", "case.rogatory")) {
            assertArrayEquals(Files.readAllBytes(pack.resolve(file)),
                    Files.readAllBytes(imports.resolve("minimal").resolve(file)), file);
        }
        assertEquals(Cli.OK, run("validate", imports.resolve("minimal").toString()), err());
    }

    @Test
    void exportingTwiceGivesTheSameBytes() throws IOException {
        Path pack = fixture("minimal");
        Path first = work.resolve("a.rogpack");
        Path second = work.resolve("b.rogpack");
        assertEquals(Cli.OK, run("pack", "export", pack.toString(), "--out", first.toString()));
        assertEquals(Cli.OK, run("pack", "export", pack.toString(), "--out", second.toString()));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void exportRefusesAPackWithErrorsAndWritesNothing() throws IOException {
        Path archive = work.resolve("flawed.rogpack");
        assertEquals(Cli.FAILED, run("pack", "export", fixture("flawed-pack").toString(), "--out", archive.toString()));
        assertTrue(err().contains("case.rogatory: hack: ERROR:"), err());
        assertTrue(err().contains("so it was not exported"), err());
        assertFalse(Files.exists(archive));
    }

    @Test
    void importRefusesAHostileArchiveNamingTheEntryAndWritesNothing() throws IOException {
        Path archive = work.resolve("evil.rogpack");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry("pack/../../evil.sh"));
            zip.write("rm -rf ~".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path imports = work.resolve("imports");
        assertEquals(Cli.FAILED, run("pack", "import", archive.toString(), "--into", imports.toString()));
        assertTrue(err().contains("evil.rogpack!/pack/../../evil.sh: The entry \"pack/../../evil.sh\" contains \"..\""),
                err());
        assertTrue(err().contains("Fix: "), err());
        assertTrue(err().contains("was not imported; nothing was written"), err());
        assertTrue(isEmpty(imports));
    }

    @Test
    void importRefusesAMissingArchive() {
        assertEquals(Cli.FAILED, run("pack", "import", work.resolve("none.rogpack").toString(), "--into",
                work.resolve("imports").toString()));
        assertTrue(err().contains("none.rogpack: The archive does not exist."), err());
    }

    @Test
    void projectWritesABuildablePluginProjectWithTheValidationStep() throws IOException {
        Path pack = fixture("minimal");
        Path project = work.resolve("project");
        assertEquals(Cli.OK, run("pack", "project", pack.toString(), "--out", project.toString(), "--bundle",
                "org.example.centre.minimal"), err());
        assertTrue(out().contains("Build it with: mvn verify -Drogatory.home="), out());
        Path bundle = project.resolve("org.example.centre.minimal");
        assertArrayEquals(Files.readAllBytes(pack.resolve("case.rogatory")),
                Files.readAllBytes(bundle.resolve("pack/case.rogatory")));
        String manifest = Files.readString(bundle.resolve("META-INF/MANIFEST.MF"));
        assertTrue(manifest.contains("Bundle-SymbolicName: org.example.centre.minimal;singleton:=true"), manifest);
        assertTrue(manifest.contains("Bundle-Version: 1.0.0.qualifier"), manifest);
        assertTrue(Files.readString(bundle.resolve("plugin.xml")).contains("<pack id=\"minimal\" folder=\"pack\"/>"));
        String pom = Files.readString(project.resolve("pom.xml"));
        assertTrue(pom.contains("<argument>validate</argument>"), pom);
        assertTrue(pom.contains("${project.basedir}/org.example.centre.minimal/pack"), pom);
        assertTrue(Files.readString(project.resolve(".mvn/extensions.xml")).contains("tycho-build"));
        assertTrue(Files.exists(project.resolve("org.example.centre.minimal.feature/feature.xml")));
        assertTrue(Files.exists(project.resolve("site/category.xml")));
        assertFalse(pom.contains("@@"), pom);
    }

    @Test
    void projectRefusesAFolderThatIsNotEmpty() throws IOException {
        Path project = Files.createDirectories(work.resolve("busy"));
        Files.writeString(project.resolve("keep.txt"), "mine");
        assertEquals(Cli.FAILED, run("pack", "project", fixture("minimal").toString(), "--out", project.toString()));
        assertTrue(err().contains("exists and is not empty"), err());
    }

    @Test
    void eachSubcommandAnswersHelpAndWrongLinesAreUsageErrors() {
        assertEquals(Cli.OK, run("pack", "export", "--help"));
        assertTrue(out().startsWith("Usage: rogatory --headless pack export"), out());
        assertEquals(Cli.OK, run("pack", "import", "--help"));
        assertTrue(out().startsWith("Usage: rogatory --headless pack import"), out());
        assertEquals(Cli.OK, run("pack", "project", "--help"));
        assertTrue(out().startsWith("Usage: rogatory --headless pack project"), out());
        assertEquals(Cli.OK, run("pack", "--help"));
        assertTrue(out().contains("export <pack folder> --out <file.rogpack>"), out());
        assertEquals(Cli.USAGE, run("pack"));
        assertEquals(Cli.USAGE, run("pack", "send"));
        assertTrue(err().contains("unknown subcommand 'send'"), err());
        assertEquals(Cli.USAGE, run("pack", "export", "x", "--out", "x.zip"));
        assertEquals(Cli.USAGE, run("pack", "import", "x.rogpack"));
        assertEquals(Cli.USAGE, run("pack", "project", "x", "--out", "y", "--bundle", "not a name"));
        assertTrue(run("--help") == Cli.OK && out().contains("  pack "), out());
    }
}
