package org.rogatory.ui.internal.debrief;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.rogatory.engine.debrief.Debrief.DecisionEntry;
import org.rogatory.engine.debrief.DebriefText;
import org.rogatory.model.scenario.Verdict;
import org.rogatory.ui.internal.Accessibility;
import org.rogatory.ui.internal.Tables;

/**
 * The trainee's decisions: a table with the verdict of each, and below it why the selected decision got its verdict
 * and the articles it cites. Each citation is a link (Tab reaches it, Enter follows it) that opens the Treaty Browser
 * at the article.
 */
final class DecisionsPane {

    private final SashForm sash;
    private final TableViewer viewer;
    private final Label verdict;
    private final Text explanation;
    private final Link citations;

    DecisionsPane(Composite parent, Consumer<String> openCitation) {
        sash = new SashForm(parent, SWT.VERTICAL);
        viewer = Tables.create(sash, Messages.Section_decisions);
        Tables.numeric(Tables.column(viewer, Messages.Column_sequence, 0, 40, DecisionEntry.class,
                d -> Integer.toString(d.sequence())));
        Tables.column(viewer, Messages.Column_time, 0, 110, DecisionEntry.class, d -> DebriefText.clock(d.time()));
        Tables.column(viewer, Messages.Column_action, 60, 200, DecisionEntry.class, DecisionEntry::action);
        Tables.column(viewer, Messages.Column_verdict, 25, 150, new VerdictLabels());

        Composite detail = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(0, 4).applyTo(detail);
        verdict = new Label(detail, SWT.WRAP);
        verdict.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(verdict);
        explanation = new Text(detail, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        explanation.addTraverseListener(e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        Accessibility.name(explanation, Messages.Section_explanation);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 60).applyTo(explanation);
        citations = new Link(detail, SWT.WRAP);
        Accessibility.name(citations, Messages.Section_citations);
        citations.addListener(SWT.Selection, e -> openCitation.accept(e.text));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(citations);
        sash.setWeights(55, 45);

        viewer.addSelectionChangedListener(e -> show((DecisionEntry) e.getStructuredSelection().getFirstElement()));
    }

    Control control() {
        return sash;
    }

    TableViewer viewer() {
        return viewer;
    }

    Link citations() {
        return citations;
    }

    void setInput(List<DecisionEntry> decisions) {
        viewer.setInput(decisions);
        if (decisions.isEmpty()) {
            show(null);
        } else {
            viewer.setSelection(new StructuredSelection(decisions.get(0)), true);
        }
    }

    private void show(DecisionEntry decision) {
        if (decision == null) {
            verdict.setText(""); //$NON-NLS-1$
            explanation.setText(Messages.Decision_noneSelected);
            citations.setText(""); //$NON-NLS-1$
        } else {
            verdict.setText(NLS.bind(Messages.Decision_verdict, DebriefWords.verdict(decision.verdict())));
            verdict.setForeground(colour(decision.verdict()));
            explanation.setText(decision.explanation());
            citations.setText(decision.citations().isEmpty() ? Messages.Decision_noCitations
                    : NLS.bind(escape(Messages.Decision_cited), links(decision.citations())));
        }
        verdict.getParent().layout(true);
    }

    private Color colour(Verdict value) {
        return verdict.getDisplay().getHighContrast() ? null
                : verdict.getDisplay().getSystemColor(DebriefWords.verdictColour(value));
    }

    private static String links(List<String> cited) {
        return cited.stream().map(c -> "<a href=\"" + escape(c) + "\">" + escape(c) + "</a>") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    /** A Link reads {@code &} as a mnemonic and {@code <} as markup; citations and messages are text. */
    private static String escape(String text) {
        return text.replace("&", "&&").replace("<", "\u2039").replace("\"", "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    /** The verdict column: the verdict in words, coloured for emphasis. */
    private static final class VerdictLabels extends ColumnLabelProvider {

        @Override
        public String getText(Object element) {
            return DebriefWords.verdict(((DecisionEntry) element).verdict());
        }

        @Override
        public Color getForeground(Object element) {
            Display display = Display.getCurrent();
            return display.getHighContrast() ? null
                    : display.getSystemColor(DebriefWords.verdictColour(((DecisionEntry) element).verdict()));
        }
    }
}
