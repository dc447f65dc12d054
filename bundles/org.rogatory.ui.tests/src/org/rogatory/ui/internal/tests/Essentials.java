package org.rogatory.ui.internal.tests;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.osgi.framework.Bundle;
import org.rogatory.engine.journal.Transcript;
import org.rogatory.engine.journal.TranscriptFiles;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.play.CaseService;

/** The built-in pack as the UI tests use it: its sources in a folder, its reference transcripts, and a settled UI. */
final class Essentials {

    private static final String BUNDLE = "org.rogatory.pack.essentials";

    private Essentials() {
    }

    /** Copies the pack's sources ({@code pack/*.rogatory}) into {@code folder}, which is created. */
    static Path copyPackInto(Path folder) throws Exception {
        Files.createDirectories(folder);
        Enumeration<URL> files = Platform.getBundle(BUNDLE).findEntries("pack", "*.rogatory", false);
        while (files.hasMoreElements()) {
            URL url = files.nextElement();
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                Files.copy(in, folder.resolve(name));
            }
        }
        return folder;
    }

    /** The built-in pack's files copied into a folder under another pack id, as a centre would adapt the pack. */
    static Path adaptedCopy(Path folder, String packId) throws Exception {
        copyPackInto(folder);
        Path manifest = folder.resolve("pack.rogatory");
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        Files.writeString(manifest, text.replaceFirst("id=\"essentials\"", "id=\"" + packId + "\""),
                StandardCharsets.UTF_8);
        return folder;
    }

    /** The reference transcript of a case, copied to {@code home} and read as the grader reads it. */
    static Transcript reference(Path home, String caseId) throws Exception {
        Bundle pack = Platform.getBundle(BUNDLE);
        Path file = home.resolve("reference.json");
        try (InputStream in = pack.getEntry("transcripts/" + caseId + "/reference.json").openStream()) {
            Files.copy(in, file);
        }
        return TranscriptFiles.read(file);
    }

    /** Waits for the case service's jobs and lets the UI run what they posted, {@code rounds} times. */
    static void settle(int rounds) throws InterruptedException {
        Display display = Display.getCurrent();
        for (int i = 0; i < rounds; i++) {
            Job.getJobManager().join(CaseService.JOB_FAMILY, null);
            while (display.readAndDispatch()) {
                // process posted updates
            }
        }
    }

    /**
     * Closes the open case and leaves the workbench as the other tests expect it: no debrief on show, the Trainee
     * perspective as shipped.
     */
    static void closeCase(IWorkbenchPage page) {
        CaseService.get().shutdown();
        IViewPart debrief = page.findView(RogatoryUi.DEBRIEF_VIEW_ID);
        if (debrief != null) {
            page.hideView(debrief);
        }
        page.resetPerspective();
    }
}
