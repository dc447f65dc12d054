package org.rogatory.cli.internal;

import java.io.PrintStream;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.RogatoryVersion;

/**
 * Parses the command line and runs one command. Exit codes are part of the contract with scripts and CI, so they are
 * fixed here: {@link #OK}, {@link #FAILED}, {@link #USAGE}.
 */
public final class Cli {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The command ran but its answer is "no" (for example, a pack with errors). */
    public static final int FAILED = 1;
    /** The command line itself is wrong: unknown option or command, missing argument. */
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    /** Creates a command line that prints its results to {@code out} and its complaints to {@code err}. */
    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command given by {@code args} and returns its exit code. */
    public int run(String... args) {
        if (args.length == 0) {
            err.println(Messages.Cli_noCommand);
            return USAGE;
        }
        String first = args[0];
        switch (first) {
            case "--help", "-h", "help" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                out.print(NLS.bind(Messages.Cli_usage, RogatoryVersion.display()));
                return OK;
            }
            case "--version" -> { //$NON-NLS-1$
                out.println(NLS.bind(Messages.Cli_version, RogatoryVersion.current()));
                return OK;
            }
            default -> {
                String key = first.startsWith("-") ? Messages.Cli_unknownOption : Messages.Cli_unknownCommand; //$NON-NLS-1$
                err.println(NLS.bind(key, first));
                return USAGE;
            }
        }
    }
}
