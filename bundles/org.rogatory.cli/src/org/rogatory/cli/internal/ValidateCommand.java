package org.rogatory.cli.internal;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.List;

import org.rogatory.engine.Engine;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.io.LoadedPack;

/**
 * {@code rogatory validate <pack folder or scenario file>}: what an instructor runs before a workshop and a regional
 * centre runs in every pack build. It exits with 1 on any error, so a build can stop on it.
 */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Validate_usage;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("-")) { //$NON-NLS-1$
            err.println(Messages.Validate_onePath);
            return Cli.USAGE;
        }
        LoadedPack pack = Packs.load(args.get(0), err);
        if (pack == null) {
            return Cli.FAILED;
        }
        List<PackProblem> problems = new PackValidator(Engine.standard()).validate(pack);
        problems.forEach(out::println);
        long errors = problems.stream().filter(p -> p.severity() == PackProblem.Severity.ERROR).count();
        long warnings = problems.size() - errors;
        out.println(MessageFormat.format(Messages.Validate_summary, pack.pack().getId(), pack.scenarios().size(),
                errors, warnings));
        return errors == 0 ? Cli.OK : Cli.FAILED;
    }
}
