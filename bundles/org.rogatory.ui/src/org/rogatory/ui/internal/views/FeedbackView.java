package org.rogatory.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.rogatory.engine.session.Decision;
import org.rogatory.model.query.ScenarioQuery;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.Verdict;
import org.rogatory.ui.internal.Accessibility;
import org.rogatory.ui.internal.Messages;
import org.rogatory.ui.internal.Tables;
import org.rogatory.ui.internal.play.CaseRun;
import org.rogatory.ui.internal.treaty.TreatyBrowserView;

/**
 * The verdict of each decision, newest selected: its explanation and the articles it cites, each a link into the
 * Treaty Browser. The verdict is written out in words next to its icon.
 */
public class FeedbackView extends CaseView {

    /**
     * One decision as the feedback lists it.
     *
     * @param sequence its number
     * @param time when it was taken
     * @param action what the trainee did
     * @param verdict the verdict
     * @param explanation why
     * @param citations the articles
     */
    public record Entry(int sequence, int time, String action, Verdict verdict, String explanation,
            List<String> citations) {
    }

    private TableViewer table;
    private Text explanation;
    private Link citations;

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = Tables.create(sash, Messages.Feedback_accessibleName);
        Tables.column(table, Messages.Feedback_columnNumber, 1, 30, Entry.class, e -> Integer.toString(e.sequence()));
        Tables.column(table, Messages.Feedback_columnTime, 2, 30, Entry.class, e -> Format.clock(e.time()));
        Tables.column(table, Messages.Feedback_columnAction, 6, 30, Entry.class, Entry::action);
        Tables.column(table, Messages.Feedback_columnVerdict, 4, 30, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Format.label(((Entry) element).verdict());
            }

            /** The verdict's icon, beside its words. */
            @Override
            public Image getImage(Object element) {
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                return switch (((Entry) element).verdict()) {
                    case COMPLIANT -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
                    case COMPLIANT_WEAKER -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
                    case NON_COMPLIANT -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
                };
            }
        });
        table.addSelectionChangedListener(e -> showSelected());

        Composite detail = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 0).applyTo(detail);
        explanation = new Text(detail, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(explanation);
        Accessibility.name(explanation, Messages.Feedback_accessibleExplanation);
        citations = new Link(detail, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(citations);
        citations.addListener(SWT.Selection, e -> TreatyBrowserView.open(getSite().getPage(), e.text));
        sash.setWeights(1, 1);
        table.setInput(List.of());
    }

    @Override
    protected void show(CaseRun run, Decision decision) {
        if (table.getControl().isDisposed()) {
            return;
        }
        List<Entry> entries = run == null ? List.of() : entries(run);
        table.setInput(entries);
        if (!entries.isEmpty()) {
            table.setSelection(new StructuredSelection(entries.get(entries.size() - 1)), true);
        } else {
            explanation.setText(run == null ? Messages.View_noCase : Messages.Feedback_none);
            citations.setText(""); //$NON-NLS-1$
        }
    }

    private static List<Entry> entries(CaseRun run) {
        ScenarioQuery query = new ScenarioQuery(run.scenario());
        List<Entry> entries = new ArrayList<>();
        for (Decision decision : run.view().decisions()) {
            String label = query.findById(decision.actionId()).filter(Action.class::isInstance)
                    .map(a -> ((Action) a).getLabel()).orElse(decision.actionId());
            entries.add(new Entry(decision.sequence(), decision.time(), label, decision.evaluation().verdict(),
                    decision.evaluation().explanation(), decision.evaluation().citations()));
        }
        return entries;
    }

    private void showSelected() {
        Object selected = ((IStructuredSelection) table.getSelection()).getFirstElement();
        if (!(selected instanceof Entry entry)) {
            return;
        }
        explanation.setText(NLS.bind(Messages.Feedback_verdict, Format.label(entry.verdict()), entry.explanation()));
        List<String> links = entry.citations().stream().map(c -> "<a href=\"" + c + "\">" + c + "</a>").toList(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        citations.setText(links.isEmpty() ? "" : NLS.bind(Messages.Feedback_cited, String.join(", ", links))); //$NON-NLS-1$ //$NON-NLS-2$
        citations.requestLayout();
    }

    /** The entries listed, oldest first, for tests. */
    @SuppressWarnings("unchecked")
    public List<Entry> getEntries() {
        return (List<Entry>) table.getInput();
    }

    /** The explanation shown for the selected decision. */
    public String getExplanationText() {
        return explanation.getText();
    }

    @Override
    protected void focusContents() {
        table.getControl().setFocus();
    }
}
