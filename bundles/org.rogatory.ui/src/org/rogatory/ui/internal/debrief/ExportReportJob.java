package org.rogatory.ui.internal.debrief;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.debrief.Debrief;
import org.rogatory.ui.internal.AtomicFile;

/**
 * Renders a debrief as HTML and writes it atomically, off the UI thread: a long debrief on a slow network drive must
 * not freeze the workbench. A failure comes back as an error status naming the file, which the workbench reports.
 */
public final class ExportReportJob extends Job {

    /** The family of export jobs, so tests and shutdown can wait for them. */
    public static final Object FAMILY = ExportReportJob.class;

    private final Debrief debrief;
    private final Path file;

    /**
     * Prepares the export; {@link #schedule()} starts it.
     *
     * @param debrief what to export
     * @param file where to write the report
     */
    public ExportReportJob(Debrief debrief, Path file) {
        super(NLS.bind(Messages.Export_job, file.getFileName()));
        this.debrief = debrief;
        this.file = file;
    }

    /** Where the report goes. */
    public Path file() {
        return file;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        progress.subTask(Messages.Export_render);
        String html = DebriefHtml.render(debrief);
        progress.worked(1);
        progress.subTask(NLS.bind(Messages.Export_save, file));
        try {
            AtomicFile.write(file, html);
        } catch (IOException e) {
            return Status.error(NLS.bind(Messages.Export_failed, file, describe(e)), e);
        }
        progress.worked(1);
        return Status.OK_STATUS;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Messages.Export_noFolder;
        }
        if (e instanceof AccessDeniedException) {
            return Messages.Export_denied;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
