package org.rogatory.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;

/** Loading packs for the commands, with one way of reporting a pack that cannot be loaded. */
final class Packs {

    private Packs() {
    }

    /**
     * Loads a pack folder, or the pack of a single scenario file, using the user's images of files read before
     * ({@link UserCache}). Returns null after printing every load problem (file, line, column, message and fix) to
     * {@code err}, or a one-line message when the path does not exist.
     */
    static LoadedPack load(String argument, PrintStream err) {
        Path path = Path.of(argument);
        if (!Files.exists(path)) {
            err.println(NLS.bind(Messages.Packs_noSuchPath, argument));
            return null;
        }
        try {
            ScenarioLoader loader = new ScenarioLoader().withImages(UserCache.images());
            return Files.isDirectory(path) ? loader.loadPack(path) : loader.loadScenario(path);
        } catch (LoadException e) {
            for (LoadProblem problem : e.getProblems()) {
                err.println(problem);
            }
            err.println(NLS.bind(Messages.Packs_notLoaded, argument, e.getProblems().size()));
            return null;
        }
    }
}
