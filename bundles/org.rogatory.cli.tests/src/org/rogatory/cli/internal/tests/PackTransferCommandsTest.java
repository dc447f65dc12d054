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
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.rogatory.cli.internal.Cli;
import org.rogatory.model.io.ImageCache;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.io.ScenarioLoader;

/** {@code rogatory pack export|import|project|images}: exit codes, what is printed, and what is (not) written. */
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
        assertTrue(err().contains("so nothing was written"), err());
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
        assertTrue(pom.contains("<id>carry-images</id>") && pom.contains("<argument>images</argument>"), pom);
        assertEquals(List.of("fingerprint", "image", "image"), carried(bundle.resolve("pack")),
                "the plug-in's pack carries an image of each of its two files");
    }

    /** The pack in a folder as if installed as a plug-in: its images may be read. */
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

    /** What a pack folder's images/ holds: "fingerprint" and one "image" per image, sorted. */
    private static List<String> carried(Path pack) throws IOException {
        Path images = pack.resolve("images");
        if (!Files.isDirectory(images)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(images)) {
            return files.map(file -> file.getFileName().toString().endsWith(".rogimage") ? "image"
                    : file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void imagesGivesAPackAnImageOfEachFileAndTheSameBytesEachTime() throws IOException, LoadException {
        Path pack = fixture("minimal");

        assertEquals(Cli.OK, run("pack", "images", pack.toString()), err());

        assertTrue(out().contains("Pack 'minimal' carries 2 images of its files in " + pack.resolve("images")), out());
        assertEquals(List.of("fingerprint", "image", "image"), carried(pack));
        assertTrue(ImageCache.holdsAllOf(new ScenarioLoader().loadPack(installed(pack))),
                "installed, the pack is read from its images");
        assertFalse(ImageCache.holdsAllOf(new ScenarioLoader().loadPack(pack)), "a folder is always parsed");
        Map<String, byte[]> first = FolderFiles.of(pack.resolve("images"));
        assertEquals(Cli.OK, run("pack", "images", pack.toString()), err());
        Map<String, byte[]> second = FolderFiles.of(pack.resolve("images"));
        assertEquals(first.keySet(), second.keySet(), "unchanged files, the same images");
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));

        Files.writeString(pack.resolve("case.rogatory"), Files.readString(pack.resolve("case.rogatory")) + "\n");
        assertEquals(Cli.OK, run("pack", "images", pack.toString()), err());
        Map<String, byte[]> edited = FolderFiles.of(pack.resolve("images"));
        assertEquals(3, edited.size(), "the image of the old bytes is replaced, not kept beside the new one");
        assertFalse(edited.keySet().equals(first.keySet()), "an edited file gets an image under a new name");
    }

    @Test
    void imagesRefusesAPackWithErrorsAndWritesNothing() throws IOException {
        Path pack = fixture("flawed-pack");

        assertEquals(Cli.FAILED, run("pack", "images", pack.toString()));

        assertTrue(err().contains("errors (above)"), err());
        assertFalse(Files.exists(pack.resolve("images")), "no images for a pack that cannot be distributed");
        assertEquals(Cli.FAILED, run("pack", "images", work.resolve("nowhere").toString()));
        assertTrue(err().contains("is not a pack folder"), err());
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
        assertEquals(Cli.OK, run("pack", "images", "--help"));
        assertTrue(out().startsWith("Usage: rogatory --headless pack images"), out());
        assertEquals(Cli.OK, run("pack", "--help"));
        assertTrue(out().contains("export <pack folder> --out <file.rogpack>"), out());
        assertEquals(Cli.USAGE, run("pack"));
        assertEquals(Cli.USAGE, run("pack", "send"));
        assertTrue(err().contains("unknown subcommand 'send'"), err());
        assertEquals(Cli.USAGE, run("pack", "export", "x", "--out", "x.zip"));
        assertEquals(Cli.USAGE, run("pack", "import", "x.rogpack"));
        assertEquals(Cli.USAGE, run("pack", "project", "x", "--out", "y", "--bundle", "not a name"));
        assertEquals(Cli.USAGE, run("pack", "images"));
        assertEquals(Cli.USAGE, run("pack", "images", "x", "y"));
        assertTrue(err().contains("usage: rogatory --headless pack images <pack folder>"), err());
        assertTrue(run("--help") == Cli.OK && out().contains("  pack "), out());
    }
}
