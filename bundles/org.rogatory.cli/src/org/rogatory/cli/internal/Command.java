package org.rogatory.cli.internal;

import java.io.PrintStream;
import java.util.List;

/** One command of the command line ({@code validate}, {@code play}, {@code grade}, {@code treaty}). */
interface Command {

    /** The word that selects the command. */
    String name();

    /** The command's own help: usage, arguments, options, exit codes. */
    String usage();

    /** Runs the command with the arguments after its name and returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
