package org.rogatory.cli.internal;

import java.io.PrintStream;
import java.util.List;

/** One command of the command line ({@code validate}, {@code play}, {@code grade}, {@code treaty}, {@code pack}). */
interface Command {

    /** The word that selects the command. */
    String name();

    /** The command's own help: usage, arguments, options, exit codes. */
    String usage();

    /**
     * The help for the arguments given with {@code --help}, so a command with sub-commands ({@code pack export})
     * can show the help of the one asked about.
     */
    default String usage(List<String> args) {
        return usage();
    }

    /** Runs the command with the arguments after its name and returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
