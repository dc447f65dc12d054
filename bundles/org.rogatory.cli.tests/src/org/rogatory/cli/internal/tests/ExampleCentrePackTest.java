package org.rogatory.cli.internal.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.cli.internal.Cli;

/**
 * The documented example of a regional centre's pack project ({@code scenarios/example-centre-pack/project}) stays
 * valid and stays exactly what {@code rogatory pack project} writes, so the example never drifts from the tool.
 */
class ExampleCentrePackTest {

    private static final String BUNDLE = "org.example.centre.pack";

    private static final String REGENERATE = "ROGATORY_WRITE_EXAMPLE=1 ./mvnw -B -ntp verify -pl "
            + "bundles/org.rogatory.cli.tests -am -Dtest=ExampleCentrePackTest -Dsurefire.failIfNoSpecifiedTests=false";

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /** The example in the source tree; the tests run in their bundle's folder, two levels below the root. */
    private static Path example() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scenarios/example-centre-pack/project");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Makes the example exactly these files (its build output aside). */
    private static void replace(Path example, Map<String, byte[]> files) throws IOException {
        for (String old : FolderFiles.of(example).keySet()) {
            if (!files.containsKey(old)) {
                Files.delete(example.resolve(old));
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = example.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        System.out.println("Wrote the example again: " + example); //$NON-NLS-1$
    }

    /** Clean, warnings included: centres copy the example, so it must show how a finished case looks. */
    @Test
    void theExamplePackValidatesWithoutWarnings() {
        Path example = example();
        assertNotNull(example, "scenarios/example-centre-pack/project not found above " + Path.of("").toAbsolutePath());
        assertEquals(Cli.OK, run("validate", example.resolve(BUNDLE).resolve("pack").toString()), err.toString());
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("0 errors, 0 warnings"), report);
    }

    @Test
    void theExampleIsWhatPackProjectWrites() throws IOException {
        Path example = example();
        assertNotNull(example);
        Path written = work.resolve("project");
        assertEquals(Cli.OK, run("pack", "project", example.resolve(BUNDLE).resolve("pack").toString(), "--out",
                written.toString(), "--bundle", BUNDLE), err.toString());
        Map<String, byte[]> actual = FolderFiles.of(written);
        if ("1".equals(System.getenv("ROGATORY_WRITE_EXAMPLE"))) {
            replace(example, actual);
        }
        Map<String, byte[]> expected = FolderFiles.of(example);
        assertEquals(expected.keySet(), actual.keySet(), "the example differs from what pack project writes now; "
                + "after a deliberate change, write it again: " + REGENERATE);
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path + " differs; " + REGENERATE));
    }
}
