package org.rogatory.benchmarks.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rogatory.engine.session.Decision;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.play.CaseCatalog.PackEntry;
import org.rogatory.ui.internal.play.CaseService;
import org.rogatory.ui.internal.views.ActionComposerView;
import org.rogatory.ui.internal.views.FeedbackView;

/**
 * Times what a trainee waits for after clicking Send: from {@link ActionComposerView#sendSelected()} until the
 * Feedback view lists the new decision with its verdict and every paint request is done (events dispatched until
 * idle, {@link Display#update()}, dispatched again). It plays the cases of the installed packs (or of the pack folder
 * named by {@code rogatory.benchmark.pack}) with random offered actions, restarting a case when it ends or offers
 * nothing. It prints percentiles and never fails on time: a benchmark on a shared machine is not a test.
 */
class DecisionFeedbackBenchmark {

    private static final long SEED = 20260301L;
    /** A case is restarted after this many decisions even if it has not ended, so every case is played. */
    private static final int MAX_DECISIONS_PER_RUN = 40;

    private final Display display = Display.getCurrent();
    private final List<String> report = new ArrayList<>();
    private final Random random = new Random(SEED);
    private ActionComposerView composer;
    private FeedbackView feedback;
    private List<Case> cases;
    private int nextCase;
    private int decisionsInRun;

    private record Case(PackEntry pack, Scenario scenario) {
    }

    @Test
    void decisionFeedbackLatency() throws Exception {
        int measured = Integer.getInteger("rogatory.benchmark.decisions", 300); //$NON-NLS-1$
        int warmup = Integer.getInteger("rogatory.benchmark.warmup", 30); //$NON-NLS-1$
        cases = playableCases();
        Assumptions.assumeFalse(cases.isEmpty(),
                "no playable pack is installed and -Dbenchmarks.workbench.pack names none: nothing to play"); //$NON-NLS-1$
        openViews();
        Latencies handled = new Latencies();
        Latencies painted = new Latencies();
        long first = -1;
        int restarts = 0;
        int ended = 0;
        for (int i = 0; i < warmup + measured; i++) {
            if (needsRestart()) {
                ended += CaseService.get().run().map(r -> r.isEnded() ? 1 : 0).orElse(0);
                restart();
                restarts++;
            }
            long[] times = oneDecision();
            if (first < 0) {
                first = times[1];
            }
            if (i >= warmup) {
                handled.add(times[0]);
                painted.add(times[1]);
            }
        }
        print(handled, painted, first, warmup, restarts, ended);
    }

    /** One click on Send, timed; returns the nanoseconds until the call returned and until everything was painted. */
    private long[] oneDecision() {
        List<String> offered = composer.getOfferedActionIds();
        String actionId = offered.get(random.nextInt(offered.size()));
        assertTrue(composer.select(actionId));
        drain();
        int before = feedback.getEntries().size();

        long start = System.nanoTime();
        Decision decision = composer.sendSelected();
        long returned = System.nanoTime();
        drain();
        display.update();
        drain();
        long done = System.nanoTime();

        assertNotNull(decision, "the click on Send took no decision for " + actionId); //$NON-NLS-1$
        List<FeedbackView.Entry> entries = feedback.getEntries();
        assertEquals(before + 1, entries.size(), "the Feedback view does not list the new decision"); //$NON-NLS-1$
        assertEquals(decision.evaluation().verdict(), entries.get(entries.size() - 1).verdict());
        decisionsInRun++;
        return new long[] { returned - start, done - start };
    }

    private boolean needsRestart() {
        return CaseService.get().run().map(r -> r.isEnded()).orElse(true) || decisionsInRun >= MAX_DECISIONS_PER_RUN
                || composer.getOfferedActionIds().isEmpty();
    }

    /** Starts the next case afresh, outside the timed part, and waits until the views show it. */
    private void restart() throws InterruptedException {
        Case next = cases.get(nextCase++ % cases.size());
        Job job = CaseService.get().openCase(next.pack(), next.scenario(), true);
        job.join();
        drain();
        decisionsInRun = 0;
        if (composer.getOfferedActionIds().isEmpty()) {
            throw new IllegalStateException("case " + next.scenario().getId() + " offers no action at its start"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private List<Case> playableCases() throws Exception {
        Job.getJobManager().join(CaseService.JOB_FAMILY, null);
        drain();
        List<PackEntry> packs = new ArrayList<>(CaseService.get().packs().stream().filter(PackEntry::playable).toList());
        String folder = System.getProperty("rogatory.benchmark.pack", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (packs.isEmpty() && !folder.isBlank()) {
            Path path = Path.of(folder);
            LoadedPack pack = new ScenarioLoader().loadPack(path);
            packs.add(new PackEntry("folder:" + path.getFileName(), String.valueOf(pack.pack().getTitle()), pack, //$NON-NLS-1$
                    List.of()));
            report.add("pack: loaded from the folder " + path + " (no pack plug-in is installed)"); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            report.add("pack: the installed pack plug-ins"); //$NON-NLS-1$
        }
        List<Case> all = new ArrayList<>();
        for (PackEntry pack : packs) {
            pack.cases().forEach(s -> all.add(new Case(pack, s)));
            report.add("  " + pack.id() + ": " + pack.cases().size() + " cases"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return all;
    }

    private void openViews() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        feedback = (FeedbackView) page.showView(RogatoryUi.FEEDBACK_VIEW_ID);
        composer = (ActionComposerView) page.showView(RogatoryUi.ACTION_COMPOSER_VIEW_ID);
        drain();
        assertTrue(page.isPartVisible(feedback), "the Feedback view must be in sight with the composer"); //$NON-NLS-1$
        assertTrue(page.isPartVisible(composer), "the Action Composer must be visible"); //$NON-NLS-1$
        report.add("window: " + window.getShell().getSize() + ", the Trainee perspective as shipped (Feedback and Action Composer both in sight)"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void drain() {
        while (display.readAndDispatch()) {
            // let the views update and paint
        }
    }

    private void print(Latencies handled, Latencies painted, long first, int warmup, int restarts, int ended)
            throws IOException {
        report.add(String.format(java.util.Locale.ROOT, "decisions: %d measured after %d warm-up; %d case starts, %d cases played to the end", //$NON-NLS-1$
                painted.size(), warmup, restarts, ended));
        report.add(String.format(java.util.Locale.ROOT, "first click of the JVM (in the warm-up): %.2f ms", first / 1e6)); //$NON-NLS-1$
        report.add(handled.summary("sendSelected() returned:")); //$NON-NLS-1$
        report.add(painted.summary("feedback shown and painted:")); //$NON-NLS-1$
        double p99 = painted.percentileMillis(99);
        report.add((p99 <= 50 ? "PASS" : "FAIL") + ": p99 " + String.format(java.util.Locale.ROOT, "%.2f", p99) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + " ms against the 50 ms target"); //$NON-NLS-1$
        report.add("load average at the end: " //$NON-NLS-1$
                + String.format(java.util.Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())); //$NON-NLS-1$
        String text = "Decision feedback benchmark\n" + String.join("\n", report) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        System.out.print(text);
        String file = System.getProperty("rogatory.benchmark.report"); //$NON-NLS-1$
        if (file != null && !file.isBlank()) {
            Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
        }
    }
}
