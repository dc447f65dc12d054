package org.rogatory.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.RogatoryVersion;
import org.rogatory.treaty.ConventionKnowledgeBase;

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
    /** Commands by name, created on first use so that --help does not load the knowledge base. */
    private final Map<String, Registered> commands = new LinkedHashMap<>();

    /** A command as the overview lists it, and how to make it. */
    private record Registered(String summary, Supplier<Command> factory) {
    }

    /** Creates a command line that prints its results to {@code out} and its complaints to {@code err}. */
    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        commands.put("validate", new Registered(Messages.Validate_summary_line, ValidateCommand::new)); //$NON-NLS-1$
        commands.put("play", new Registered(Messages.Play_summary_line, PlayCommand::new)); //$NON-NLS-1$
        commands.put("grade", new Registered(Messages.Grade_summary_line, GradeCommand::new)); //$NON-NLS-1$
        commands.put("pack", new Registered(Messages.Pack_summary_line, PackCommand::new)); //$NON-NLS-1$
        commands.put("treaty", new Registered(Messages.Treaty_summary, //$NON-NLS-1$
                () -> new TreatyCommand(ConventionKnowledgeBase.bundled())));
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
                out.print(NLS.bind(Messages.Cli_usage, RogatoryVersion.display(), overview()));
                return OK;
            }
            case "--version" -> { //$NON-NLS-1$
                out.println(NLS.bind(Messages.Cli_version, RogatoryVersion.current()));
                return OK;
            }
            default -> {
                Registered command = commands.get(first);
                if (command == null) {
                    String key = first.startsWith("-") ? Messages.Cli_unknownOption : Messages.Cli_unknownCommand; //$NON-NLS-1$
                    err.println(NLS.bind(key, first));
                    return USAGE;
                }
                return run(command.factory().get(), Arrays.asList(args).subList(1, args.length));
            }
        }
    }

    private int run(Command command, List<String> args) {
        if (args.contains("--help") || args.contains("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
            out.print(command.usage(args));
            return OK;
        }
        return command.run(args, out, err);
    }

    private String overview() {
        StringBuilder text = new StringBuilder();
        commands.forEach((name, command) -> text.append(String.format("  %-10s %s%n", name, command.summary()))); //$NON-NLS-1$
        return text.toString();
    }
}
