package org.rogatory.ui.internal.play;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.rogatory.engine.Engine;
import org.rogatory.engine.debrief.Debrief;
import org.rogatory.engine.debrief.DebriefBuilder;
import org.rogatory.engine.journal.JournalHeader;
import org.rogatory.engine.journal.RecordedAction;
import org.rogatory.engine.journal.RecordedDecision;
import org.rogatory.engine.journal.SessionInfo;
import org.rogatory.engine.journal.SessionJournal;
import org.rogatory.engine.journal.SessionStore;
import org.rogatory.engine.journal.TailRepair;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.session.ActionInput;
import org.rogatory.engine.session.Decision;
import org.rogatory.engine.session.DecisionListener;
import org.rogatory.engine.session.Session;
import org.rogatory.engine.session.SessionRecording;
import org.rogatory.engine.session.SessionView;
import org.rogatory.engine.session.TrialStart;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.ui.internal.AtomicFile;

/**
 * One case the trainee is playing: the engine's session and its journal. Every decision reaches the journal, forced
 * to disk, before the trainee sees its result, so a crash loses nothing acknowledged. Letting time pass is not a
 * decision; the minute the clock reached is kept in a small file beside the journal, replaced atomically, so a resumed
 * case also stands at the same minute.
 */
public final class CaseRun implements AutoCloseable {

    private static final String CLOCK_SUFFIX = ".clock"; //$NON-NLS-1$
    private static final String STOPPED = "stopped"; //$NON-NLS-1$

    private final LoadedPack pack;
    private final Scenario scenario;
    private final SessionJournal journal;
    private final Session session;
    private final Path clockFile;
    private final boolean resumed;
    private final Trial trial;
    private SessionView view;
    private Debrief debrief;
    private SessionView debriefOf;

    private CaseRun(LoadedPack pack, Scenario scenario, SessionJournal journal, Session session, boolean resumed) {
        this(pack, scenario, journal, session, resumed, null);
    }

    private CaseRun(LoadedPack pack, Scenario scenario, SessionJournal journal, Session session, boolean resumed,
            Trial trial) {
        this.pack = pack;
        this.scenario = scenario;
        this.journal = journal;
        this.session = session;
        this.resumed = resumed;
        this.trial = trial;
        Path file = journal.file();
        String name = file.getFileName().toString();
        this.clockFile = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + CLOCK_SUFFIX);
        this.view = session.view();
    }

    /**
     * Opens a case: resumes its newest session in {@code folder} when there is one for this scenario, otherwise starts
     * a new one.
     *
     * @param engine the engine
     * @param pack the (valid) pack
     * @param scenario the case
     * @param folder where the case's journals live
     * @param trainee who plays
     * @return the open case
     * @throws IOException if the journal cannot be read or written, or no longer fits the scenario
     */
    public static CaseRun open(Engine engine, LoadedPack pack, Scenario scenario, Path folder, String trainee)
            throws IOException {
        SessionStore store = new SessionStore(folder);
        Optional<SessionInfo> latest = store.list().stream()
                .filter(s -> s.header().map(h -> h.scenarioId().equals(scenario.getId())).orElse(false))
                .max(Comparator.comparing(s -> s.header().get().createdAt()));
        if (latest.isPresent()) {
            return resume(engine, pack, scenario, store.resume(latest.get().id()));
        }
        return start(engine, pack, scenario, store, trainee);
    }

    /**
     * Starts the case afresh, leaving older sessions on disk.
     *
     * @see #open
     */
    public static CaseRun start(Engine engine, LoadedPack pack, Scenario scenario, SessionStore store, String trainee)
            throws IOException {
        long seed = Instant.now().toEpochMilli();
        SessionJournal journal = store.create(
                new JournalHeader(scenario.getId(), versionOf(pack), seed, trainee, Instant.now()));
        Session session = Session.start(scenario, seed, engine.clockPolicy(), engine.evaluator(),
                SessionRecording.journalling(journal));
        return new CaseRun(pack, scenario, journal, session, false);
    }

    /**
     * Starts an author's trial: a fresh journal in {@code store} (the trial store, never the trainee's), into which the
     * trial's plan is replayed, so the trial's record holds the decisions that led to its starting point and can be
     * saved as a preset.
     *
     * @param engine the engine
     * @param pack the (valid) pack, loaded from the author's folder
     * @param scenario the case
     * @param store where the trial's journal goes
     * @param trial where the trial starts and how it gets there
     * @return the trial, open at its starting point
     * @throws IOException if the journal cannot be written or the plan no longer fits the scenario
     */
    public static CaseRun startTrial(Engine engine, LoadedPack pack, Scenario scenario, SessionStore store,
            Trial trial) throws IOException {
        long seed = Instant.now().toEpochMilli();
        SessionJournal journal = store.create(new JournalHeader(scenario.getId(), versionOf(pack), seed,
                "trial", Instant.now())); //$NON-NLS-1$
        try {
            Session session = TrialStart.of(engine).start(scenario, trial.plan(), seed,
                    SessionRecording.journalling(journal));
            return new CaseRun(pack, scenario, journal, session, false, trial);
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    private static CaseRun resume(Engine engine, LoadedPack pack, Scenario scenario, SessionJournal journal)
            throws IOException {
        Switch listener = new Switch(SessionRecording.journalling(journal));
        Session session = Session.start(scenario, journal.header().seed(), engine.clockPolicy(), engine.evaluator(),
                listener);
        List<RecordedAction> actions = journal.decisions().stream().map(RecordedDecision::action).toList();
        try {
            SessionRecording.replayInto(session, actions);
        } catch (IOException e) {
            journal.close();
            throw e;
        }
        listener.on = true;
        CaseRun run = new CaseRun(pack, scenario, journal, session, true);
        String[] clock = run.readClock();
        if (!session.isEnded()) {
            int minute = Integer.parseInt(clock[0]);
            if (minute > session.now()) {
                session.advanceTo(minute);
            }
            if (clock.length > 1 && STOPPED.equals(clock[1])) {
                session.stop();
            }
            run.view = session.view();
        }
        return run;
    }

    private static String versionOf(LoadedPack pack) {
        String version = pack.pack().getVersion();
        return version == null || version.isBlank() ? "0" : version; //$NON-NLS-1$
    }

    /** The trial this run is, or empty for a trainee's case (whose progress counts). */
    public Optional<Trial> trial() {
        return Optional.ofNullable(trial);
    }

    /** The decisions so far as a transcript: what a trial saves as a preset. */
    public Transcript transcript() {
        return journal.toTranscript();
    }

    /** The pack of the case. */
    public LoadedPack pack() {
        return pack;
    }

    /** The case. */
    public Scenario scenario() {
        return scenario;
    }

    /** The session now, as the views show it. */
    public SessionView view() {
        return view;
    }

    /** The seed of the session, which with the decisions determines it. */
    public long seed() {
        return session.seed();
    }

    /** Whether the case was resumed from its journal rather than started. */
    public boolean resumed() {
        return resumed;
    }

    /** What resuming cut from a torn journal, if anything, so the trainee can be told. */
    public Optional<TailRepair> repair() {
        return journal.repair();
    }

    /** The journal file, for messages. */
    public Path journalFile() {
        return journal.file();
    }

    /** Whether the case has ended. */
    public boolean isEnded() {
        return session.isEnded();
    }

    /**
     * Takes an action. The decision is in the journal on disk when this returns.
     *
     * @param actionId one of the available actions
     * @param requestElements the request elements the trainee included
     * @return the decision with its evaluation
     * @throws IOException if the decision could not be recorded; the session is then unchanged
     */
    public Decision take(String actionId, List<String> requestElements) throws IOException {
        Decision decision = session.take(actionId, new ActionInput(requestElements));
        view = session.view();
        return decision;
    }

    /**
     * Lets simulated time pass, and remembers the minute reached.
     *
     * @param minute the minute to reach (never beyond the time budget)
     * @throws IOException if the minute could not be saved; the clock has moved anyway
     */
    public void advanceTo(int minute) throws IOException {
        session.advanceTo(minute);
        view = session.view();
        writeClock(Integer.toString(session.now()));
    }

    /** Ends the case at the trainee's request; the end is saved beside the journal, with the minute reached. */
    public void stop() throws IOException {
        session.stop();
        view = session.view();
        writeClock(session.now() + " " + STOPPED); //$NON-NLS-1$
    }

    /**
     * The debrief of the case as it stands. It is built once per state of the session: the progress store and the
     * Debrief view both ask for it when a case ends.
     */
    public Debrief debrief() {
        if (debrief == null || debriefOf != view) {
            debrief = DebriefBuilder.build(view);
            debriefOf = view;
        }
        return debrief;
    }

    /** Reads the saved clock as its minute and, when stopped, the marker; "0" when nothing usable is saved. */
    private String[] readClock() {
        try {
            String[] parts = Files.readString(clockFile, StandardCharsets.US_ASCII).strip().split(" "); //$NON-NLS-1$
            Integer.parseInt(parts[0]);
            return parts;
        } catch (IOException | NumberFormatException e) {
            return new String[] { "0" }; //$NON-NLS-1$
        }
    }

    private void writeClock(String content) throws IOException {
        AtomicFile.write(clockFile, content);
    }

    /** Closes the journal; the case can be opened again later. */
    @Override
    public void close() throws IOException {
        journal.close();
    }

    /** Passes decisions to the journal only once replay is over, so resuming does not record them twice. */
    private static final class Switch implements DecisionListener {
        private final DecisionListener target;
        private boolean on;

        Switch(DecisionListener target) {
            this.target = target;
        }

        @Override
        public void decided(Decision decision) throws IOException {
            if (on) {
                target.decided(decision);
            }
        }
    }
}
