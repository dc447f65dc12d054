package org.rogatory.ui.internal.debrief;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.rogatory.engine.debrief.Debrief;
import org.rogatory.engine.debrief.DebriefText;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.treaty.TreatyBrowserView;
import org.rogatory.ui.internal.trial.TrialLabels;

/**
 * The debrief of a finished case: how it ended and the weighted total, then one tab each for the decisions (with
 * their explanations and citation links to the Treaty Browser), the score by criterion, the evidence, the expert's path
 * and the timeline. Until a case ends it says so. The debrief can be exported as a self-contained HTML report.
 */
public class DebriefView extends ViewPart {

    private String baseName;

    private StackLayout stack;
    private Composite emptyPage;
    private Composite content;
    private Label title;
    private Label ended;
    private Label total;
    private TabFolder tabs;
    private DecisionsPane decisions;
    private DebriefTabs otherTabs;
    /** The key-binding context of this view (Ctrl+E exports). */
    private static final String DEBRIEF_CONTEXT_ID = "org.rogatory.ui.contexts.debrief"; //$NON-NLS-1$

    private ExportReportAction exportAction;
    private Debrief debrief;

    @Override
    public void createPartControl(Composite parent) {
        stack = new StackLayout();
        parent.setLayout(stack);
        emptyPage = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(emptyPage);
        Label emptyMessage = new Label(emptyPage, SWT.WRAP);
        emptyMessage.setText(Messages.View_empty);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(emptyMessage);
        content = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(content);
        createHeader(content);
        tabs = new TabFolder(content, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        decisions = new DecisionsPane(tabs, citation -> TreatyBrowserView.open(getSite().getPage(), citation));
        DebriefTabs.tab(tabs, Messages.Tab_decisions, decisions.control());
        otherTabs = new DebriefTabs(tabs);
        stack.topControl = emptyPage;
        createActions();
        getSite().setSelectionProvider(decisions.viewer());
    }

    private void createHeader(Composite parent) {
        title = new Label(parent, SWT.WRAP);
        title.setFont(JFaceResources.getHeaderFont());
        ended = new Label(parent, SWT.WRAP);
        total = new Label(parent, SWT.WRAP);
        total.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        for (Control control : List.of(title, ended, total)) {
            GridDataFactory.fillDefaults().grab(true, false).applyTo(control);
        }
    }

    private void createActions() {
        exportAction = new ExportReportAction(this);
        exportAction.setActionDefinitionId(RogatoryUi.EXPORT_REPORT_COMMAND_ID);
        getSite().getService(IHandlerService.class).activateHandler(RogatoryUi.EXPORT_REPORT_COMMAND_ID,
                new ActionHandler(exportAction));
        getSite().getService(IContextService.class).activateContext(DEBRIEF_CONTEXT_ID);
        IActionBars bars = getViewSite().getActionBars();
        bars.getToolBarManager().add(exportAction);
        bars.getMenuManager().add(exportAction);
        MenuManager contextMenu = new MenuManager();
        contextMenu.add(exportAction);
        contextMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        Menu menu = contextMenu.createContextMenu(decisions.viewer().getControl());
        decisions.viewer().getControl().setMenu(menu);
        otherTabs.viewers().forEach(viewer -> viewer.getControl().setMenu(menu));
        getSite().registerContextMenu(contextMenu, decisions.viewer());
    }

    /**
     * Shows the debrief of a case that has ended, replacing any shown before.
     *
     * @param shown the debrief
     */
    public void show(Debrief shown) {
        debrief = Objects.requireNonNull(shown, "debrief"); //$NON-NLS-1$
        title.setText(NLS.bind(Messages.Header_title, shown.scenarioTitle()));
        ended.setText(NLS.bind(Messages.Header_caseLine, NLS.bind(Messages.Header_scenario, shown.scenarioId()),
                NLS.bind(Messages.Header_ended, DebriefWords.endReason(shown.endReason()),
                        DebriefText.clock(shown.endedAt()))));
        total.setText(NLS.bind(Messages.Header_total, DebriefWords.total(shown.total())));
        decisions.setInput(shown.decisions());
        otherTabs.setInput(shown);
        tabs.setSelection(0);
        exportAction.setEnabled(true);
        stack.topControl = content;
        content.getParent().layout(true, true);
    }

    /**
     * Says in the title whether the debrief is of an author's trial, which never counts as the trainee's progress.
     *
     * @param trialDescription the trial's path in words, or {@code null} for a trainee's case
     */
    public void setTrial(String trialDescription) {
        if (baseName == null) {
            baseName = getPartName();
        }
        setPartName(trialDescription == null ? baseName
                : TrialLabels.partName(baseName));
        setContentDescription(trialDescription == null ? "" //$NON-NLS-1$
                : TrialLabels.description(trialDescription));
    }

    /**
     * The debrief shown, so other views and the export can use it.
     *
     * @return the debrief, or null before any case has ended
     */
    public Debrief debrief() {
        return debrief;
    }

    /**
     * Exports the debrief shown as an HTML report in the background, and says on the status line where it went. A
     * failure is reported by the workbench as well, with the file and the reason.
     *
     * @param file where to write the report; a file already there is replaced
     * @return the scheduled job
     * @throws IllegalStateException if no debrief is shown
     */
    public Job export(Path file) {
        if (debrief == null) {
            throw new IllegalStateException("no debrief to export"); //$NON-NLS-1$
        }
        ExportReportJob job = new ExportReportJob(debrief, file);
        job.setUser(true);
        Display display = content.getDisplay();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                display.asyncExec(() -> exported(file, event.getResult()));
            }
        });
        job.schedule();
        return job;
    }

    private void exported(Path file, IStatus result) {
        if (content.isDisposed()) {
            return;
        }
        IStatusLineManager statusLine = getViewSite().getActionBars().getStatusLineManager();
        if (result.isOK()) {
            statusLine.setErrorMessage(null);
            statusLine.setMessage(NLS.bind(Messages.Export_done, file));
        } else {
            statusLine.setErrorMessage(result.getMessage());
        }
    }

    /** Whether the "no case has ended" message is showing instead of a debrief. */
    public boolean isEmptyMessageVisible() {
        return stack.topControl == emptyPage;
    }

    /** The header as shown: title, how and when the case ended, and the total, one per line; for tests. */
    public String getHeaderText() {
        return String.join("\n", title.getText(), ended.getText(), total.getText()); //$NON-NLS-1$
    }

    /** The table of decisions, for tests. */
    public TableViewer getDecisionsViewer() {
        return decisions.viewer();
    }

    /** The citation links of the selected decision, for tests. */
    public Link getCitationLink() {
        return decisions.citations();
    }

    /** The score, evidence, expert path and timeline tables, in that order, for tests. */
    public List<TableViewer> getOtherViewers() {
        return otherTabs.viewers();
    }

    @Override
    public void setFocus() {
        if (debrief == null) {
            emptyPage.setFocus();
        } else {
            tabs.setFocus();
        }
    }

    @Override
    public void dispose() {
        getViewSite().getActionBars().getStatusLineManager().setMessage(null);
        super.dispose();
    }
}
