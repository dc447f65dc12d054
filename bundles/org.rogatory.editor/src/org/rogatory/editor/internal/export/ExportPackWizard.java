package org.rogatory.editor.internal.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.rogatory.editor.internal.editor.ScenarioEditor;
import org.rogatory.engine.packs.PackProjects;
import org.rogatory.model.io.PackLayout;

/**
 * File &gt; Export (and the pack explorer's menu): one page that asks for the pack folder (the active editor's pack by
 * default), where to write and, for a project, the plug-in's name; Finish saves the pack's unsaved editors if the
 * author agrees and runs the export as a background job, then says where it went or why it was refused.
 */
public abstract class ExportPackWizard extends Wizard implements IExportWizard {

    private IWorkbench workbench;
    private ExportPage page;
    private Path initialPack;
    private String initialPackId = "pack"; //$NON-NLS-1$
    private Job job;
    private Consumer<IStatus> reporter;

    /** Whether this wizard writes a plug-in project (else an archive). */
    protected abstract boolean writesProject();

    /** Schedules the export job. */
    protected abstract Job export(Path pack, Path target, String bundleName);

    @Override
    public void init(IWorkbench current, IStructuredSelection selection) {
        this.workbench = current;
        setWindowTitle(writesProject() ? Messages.Export_projectTitle : Messages.Export_archiveTitle);
        setNeedsProgressMonitor(false);
        IWorkbenchWindow window = current.getActiveWorkbenchWindow();
        IWorkbenchPage active = window == null ? null : window.getActivePage();
        IEditorPart editor = active == null ? null : active.getActiveEditor();
        if (editor instanceof ScenarioEditor scenarioEditor) {
            initialPack = scenarioEditor.getDocument().file().getParent();
            initialPackId = scenarioEditor.getDocument().loaded().pack().getId();
        }
    }

    @Override
    public void addPages() {
        page = new ExportPage();
        addPage(page);
    }

    /** Fills the page as the author would (tests, and the pack explorer's menu). */
    public void fill(Path pack, Path target, String bundleName) {
        page.packText.setText(pack == null ? "" : pack.toString()); //$NON-NLS-1$
        page.targetText.setText(target == null ? "" : target.toString()); //$NON-NLS-1$
        if (page.bundleText != null && bundleName != null) {
            page.bundleText.setText(bundleName);
        }
        page.check();
    }

    /** Replaces the dialog that reports the result (tests read the status instead). */
    public void setReporter(Consumer<IStatus> reporter) {
        this.reporter = reporter;
    }

    /** The export job Finish started, or {@code null}. */
    public Job getJob() {
        return job;
    }

    @Override
    public boolean performFinish() {
        Path pack = Path.of(page.packText.getText().strip());
        if (!saveEditorsOf(pack)) {
            return false;
        }
        Shell shell = getShell();
        Display display = shell.getDisplay();
        Consumer<IStatus> report = reporter != null ? reporter : status -> show(workbench, status);
        job = export(pack, Path.of(page.targetText.getText().strip()),
                page.bundleText == null ? null : page.bundleText.getText().strip());
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!display.isDisposed()) {
                    display.asyncExec(() -> report.accept(event.getResult()));
                }
            }
        });
        return true;
    }

    /** Says how the export went, in a dialog over the active window. */
    static void show(IWorkbench workbench, IStatus status) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        Shell shell = window == null ? null : window.getShell();
        if (status.isOK()) {
            MessageDialog.openInformation(shell, Messages.Export_doneTitle, status.getMessage());
        } else if (status.getSeverity() != IStatus.CANCEL) {
            MessageDialog.openError(shell, Messages.Export_failedTitle, status.getMessage());
        }
    }

    /** Asks to save the open editors of {@code pack} that have unsaved changes; false when the author declines. */
    private boolean saveEditorsOf(Path pack) {
        if (workbench == null || workbench.getActiveWorkbenchWindow() == null) {
            return true;
        }
        List<ScenarioEditor> dirty = new ArrayList<>();
        for (IEditorReference reference : workbench.getActiveWorkbenchWindow().getActivePage().getEditorReferences()) {
            if (reference.getEditor(false) instanceof ScenarioEditor editor && editor.isDirty()
                    && editor.getDocument().file().getParent().equals(pack.toAbsolutePath().normalize())) {
                dirty.add(editor);
            }
        }
        if (dirty.isEmpty()) {
            return true;
        }
        MessageDialog ask = new MessageDialog(getShell(), getWindowTitle(), null,
                NLS.bind(Messages.Export_saveFirst, dirty.get(0).getPartName()), MessageDialog.QUESTION, 0,
                Messages.Export_saveAndExport, IDialogConstants.CANCEL_LABEL);
        if (ask.open() != 0) {
            return false;
        }
        dirty.forEach(editor -> editor.doSave(null));
        return dirty.stream().noneMatch(ScenarioEditor::isDirty);
    }

    /** The one page: pack folder, target and (for a project) the plug-in's name. */
    private final class ExportPage extends WizardPage {

        private Text packText;
        private Text targetText;
        private Text bundleText;

        ExportPage() {
            super("export"); //$NON-NLS-1$
            setTitle(writesProject() ? Messages.Export_projectTitle : Messages.Export_archiveTitle);
            setDescription(writesProject() ? Messages.Export_projectDescription : Messages.Export_archiveDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
            packText = row(body, Messages.Export_pack, () -> browseFolder(packText));
            targetText = row(body, writesProject() ? Messages.Export_projectTarget : Messages.Export_archiveTarget,
                    () -> {
                        if (writesProject()) {
                            browseFolder(targetText);
                        } else {
                            browseArchive();
                        }
                    });
            if (writesProject()) {
                bundleText = row(body, Messages.Export_bundle, null);
            }
            if (initialPack != null) {
                packText.setText(initialPack.toString());
                String name = initialPack.getFileName() == null ? "pack" : initialPack.getFileName().toString(); //$NON-NLS-1$
                Path parentFolder = initialPack.getParent() == null ? initialPack : initialPack.getParent();
                targetText.setText(writesProject() ? parentFolder.resolve(name + "-project").toString() //$NON-NLS-1$
                        : parentFolder.resolve(name + ".rogpack").toString()); //$NON-NLS-1$
            }
            if (bundleText != null) {
                bundleText.setText(PackProjects.defaultBundleName(initialPackId));
            }
            setControl(body);
            check();
        }

        private Text row(Composite body, String label, Runnable browse) {
            Label name = new Label(body, SWT.NONE);
            name.setText(label);
            Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).span(browse == null ? 2 : 1, 1)
                    .applyTo(text);
            text.addModifyListener(e -> check());
            // The label's mnemonic focuses the text; screen readers announce the label's words as its name.
            String accessibleName = label.replace("&", "").replace(":", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            text.getAccessible().addAccessibleListener(new AccessibleAdapter() {
                @Override
                public void getName(AccessibleEvent e) {
                    e.result = accessibleName;
                }
            });
            if (browse != null) {
                Button button = new Button(body, SWT.PUSH);
                button.setText(Messages.Export_browse);
                button.addListener(SWT.Selection, e -> browse.run());
            }
            return text;
        }

        private void browseFolder(Text text) {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(text.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        }

        private void browseArchive() {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.rogpack" }); //$NON-NLS-1$
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen != null) {
                targetText.setText(chosen.endsWith(".rogpack") ? chosen : chosen + ".rogpack"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }

        void check() {
            String message = problem();
            setErrorMessage(message);
            setPageComplete(message == null);
        }

        private String problem() {
            String pack = packText.getText().strip();
            if (pack.isEmpty() || !Files.isRegularFile(Path.of(pack).resolve(PackLayout.PACK_FILE))) {
                return Messages.Export_needPack;
            }
            String target = targetText.getText().strip();
            if (!writesProject()) {
                return target.endsWith(".rogpack") ? null : Messages.Export_needArchive; //$NON-NLS-1$
            }
            if (target.isEmpty()) {
                return Messages.Export_needFolder;
            }
            Path folder = Path.of(target);
            try (Stream<Path> children = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
                if (children.findAny().isPresent()) {
                    return NLS.bind(Messages.Export_notEmpty, folder);
                }
            } catch (IOException e) {
                return NLS.bind(Messages.Export_cannotWrite, folder, e.getMessage());
            }
            String bundle = bundleText == null ? "" : bundleText.getText().strip(); //$NON-NLS-1$
            return PackProjects.isBundleName(bundle) ? null
                    : NLS.bind(Messages.Export_badBundle, bundle);
        }
    }

    /** Export Pack as Archive (.rogpack). */
    public static final class Archive extends ExportPackWizard {
        @Override
        protected boolean writesProject() {
            return false;
        }

        @Override
        protected Job export(Path pack, Path target, String bundleName) {
            return PackExports.archive(pack, target);
        }
    }

    /** Export Pack as Plug-in Project. */
    public static final class Project extends ExportPackWizard {
        @Override
        protected boolean writesProject() {
            return true;
        }

        @Override
        protected Job export(Path pack, Path target, String bundleName) {
            return PackExports.project(pack, target, bundleName);
        }
    }
}
