package org.rogatory.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.rogatory.engine.session.Decision;
import org.rogatory.model.scenario.Authority;
import org.rogatory.model.scenario.Declaration;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.State;
import org.rogatory.treaty.DeclarationTopics;
import org.rogatory.ui.internal.Accessibility;
import org.rogatory.ui.internal.Messages;
import org.rogatory.ui.internal.play.CaseRun;

/**
 * The States of the open case: each one's standing towards the Convention, its declarations and reservations, its
 * central authority, its 24/7 point of contact, the languages it accepts and whether it extradites its nationals.
 */
public class StatesView extends CaseView {

    /**
     * A line of the tree.
     *
     * @param label what the line is about
     * @param value its value
     * @param children lines below it
     */
    public record Node(String label, String value, List<Node> children) {
    }

    private TreeViewer viewer;

    @Override
    protected void createContents(Composite parent) {
        TreeColumnLayout layout = new TreeColumnLayout();
        parent.setLayout(layout);
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTree().setHeaderVisible(true);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((Node) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((Node) element).children().isEmpty();
            }
        });
        TreeViewerColumn label = new TreeViewerColumn(viewer, SWT.LEFT);
        label.getColumn().setText(Messages.States_columnState);
        label.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> ((Node) e).label()));
        layout.setColumnData(label.getColumn(), new ColumnWeightData(2, 80));
        TreeViewerColumn value = new TreeViewerColumn(viewer, SWT.LEFT);
        value.getColumn().setText(Messages.States_columnValue);
        value.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> ((Node) e).value()));
        layout.setColumnData(value.getColumn(), new ColumnWeightData(3, 80));
        Accessibility.name(viewer.getTree(), Messages.States_accessibleName);
        viewer.setInput(List.of());
    }

    @Override
    protected void show(CaseRun run, Decision decision) {
        if (viewer.getControl().isDisposed() || decision != null) {
            return;
        }
        viewer.setInput(run == null ? List.of() : nodes(run.scenario()));
        viewer.expandToLevel(2);
    }

    /** The tree for a case: one node per State of its cast. */
    static List<Node> nodes(Scenario scenario) {
        List<Node> states = new ArrayList<>();
        for (State state : scenario.getCast()) {
            List<Node> lines = new ArrayList<>();
            lines.add(leaf(Messages.States_status, Format.label(state.getConventionStatus())));
            lines.add(leaf(Messages.States_centralAuthority, name(state.getCentralAuthority())));
            lines.add(leaf(Messages.States_pointOfContact, name(state.getPointOfContact())));
            List<String> languages = new ArrayList<>();
            List<Node> declarations = new ArrayList<>();
            for (Declaration declaration : state.getDeclarations()) {
                if (DeclarationTopics.ACCEPTED_LANGUAGES.equals(declaration.getTopic())) {
                    languages.addAll(declaration.getValues());
                }
                String kind = declaration.getArticle() == null ? Format.label(declaration.getKind())
                        : NLS.bind(Messages.States_declarationKind, Format.label(declaration.getKind()),
                                declaration.getArticle());
                declarations.add(leaf(kind, Format.text(declaration.getSummary())));
            }
            lines.add(leaf(Messages.States_languages,
                    languages.isEmpty() ? Messages.View_unknown : String.join(", ", languages))); //$NON-NLS-1$
            lines.add(leaf(Messages.States_extraditesNationals,
                    state.isExtraditesNationals() ? Messages.View_yes : Messages.View_no));
            lines.add(new Node(Messages.States_declarations,
                    declarations.isEmpty() ? Messages.View_none : Integer.toString(declarations.size()),
                    declarations));
            String title = state == scenario.getHomeState() ? NLS.bind(Messages.States_home, state.getName())
                    : state.getName();
            states.add(new Node(title, Format.label(state.getConventionStatus()), lines));
        }
        return states;
    }

    private static Node leaf(String label, String value) {
        return new Node(label, value, List.of());
    }

    private static String name(Authority authority) {
        return authority == null ? Messages.View_unknown : authority.getName();
    }

    /** The top-level nodes shown, for tests. */
    @SuppressWarnings("unchecked")
    public List<Node> getNodes() {
        return (List<Node>) viewer.getInput();
    }

    @Override
    protected void focusContents() {
        viewer.getControl().setFocus();
    }
}
