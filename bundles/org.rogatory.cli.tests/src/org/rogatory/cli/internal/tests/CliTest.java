package org.rogatory.cli.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;

import org.junit.jupiter.api.Test;
import org.rogatory.cli.internal.Cli;
import org.rogatory.cli.internal.Messages;
import org.rogatory.engine.RogatoryVersion;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out().contains("Usage: rogatory --headless <command>"), out());
        assertTrue(out().contains("Exit codes"), out());
        assertEquals("", err());
    }

    @Test
    void shortHelpIsTheSameAsLongHelp() {
        assertEquals(Cli.OK, run("-h"));
        String shortHelp = out();
        out.reset();
        run("--help");
        assertEquals(out(), shortHelp);
    }

    @Test
    void versionPrintsTheEngineVersionAndSucceeds() {
        assertEquals(Cli.OK, run("--version"));
        assertEquals("Rogatory " + RogatoryVersion.current() + System.lineSeparator(), out());
    }

    @Test
    void unknownOptionIsOneLineOnStandardErrorWithExitCodeTwo() {
        assertEquals(Cli.USAGE, run("--frobnicate"));
        assertEquals("", out());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("unknown option '--frobnicate'"), err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(Cli.USAGE, run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(Cli.USAGE, run());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void theValidationSummaryCountsInWords() {
        assertEquals("Pack 'p': 1 scenario, 1 error, 1 warning.",
                MessageFormat.format(Messages.Validate_summary, "p", 1, 1L, 1L));
        assertEquals("Pack 'p': 6 scenarios, 0 errors, 2 warnings.",
                MessageFormat.format(Messages.Validate_summary, "p", 6, 0L, 2L));
        assertEquals("Pack 'p': 0 scenarios, 3 errors, 0 warnings.",
                MessageFormat.format(Messages.Validate_summary, "p", 0, 3L, 0L));
    }
}
