package org.rogatory.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.Engine;
import org.rogatory.engine.debrief.DebriefBuilder;
import org.rogatory.engine.debrief.DebriefText;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptFiles;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.EndReason;
import org.rogatory.engine.session.Session;
import org.rogatory.engine.session.SessionRecording;
import org.rogatory.engine.validation.InvalidPackException;
import org.rogatory.model.io.LoadedPack;

/**
 * {@code rogatory play <scenario> --transcript <file>}: replays a recorded session and prints its debrief. The exit
 * code says whether the case was completed (0) or not (1), so scripts can check reference paths and common mistakes.
 */
final class PlayCommand implements Command {

    @Override
    public String name() {
        return "play"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Play_usage;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 3 || !"--transcript".equals(args.get(1))) { //$NON-NLS-1$
            err.println(Messages.Play_arguments);
            return Cli.USAGE;
        }
        LoadedPack pack = Packs.load(args.get(0), err);
        if (pack == null) {
            return Cli.FAILED;
        }
        try {
            Transcript transcript = TranscriptFiles.read(Path.of(args.get(2)));
            Session session = Engine.standard().startValidated(pack, transcript.scenarioId(), transcript.seed(),
                    DecisionListener.NONE);
            SessionRecording.replayInto(session, transcript.actions());
            session.runOut();
            out.print(DebriefText.render(DebriefBuilder.build(session.view())));
            boolean completed = session.view().ended().filter(EndReason.SCENARIO_COMPLETED::equals).isPresent();
            return completed ? Cli.OK : Cli.FAILED;
        } catch (InvalidPackException e) {
            e.problems().forEach(err::println);
            err.println(e.getMessage());
            return Cli.FAILED;
        } catch (IOException e) {
            err.println(NLS.bind(Messages.Play_failed, args.get(2), e.getMessage()));
            return Cli.FAILED;
        }
    }
}
