package org.rogatory.ui.internal.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.rogatory.engine.session.Decision;
import org.rogatory.engine.session.SessionView;
import org.rogatory.model.scenario.Action;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Difficulty;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.RequestElementEntry;
import org.rogatory.ui.internal.Accessibility;
import org.rogatory.ui.internal.Messages;
import org.rogatory.ui.internal.play.CaseRun;
import org.rogatory.ui.internal.trial.SavePresetAction;

/**
 * Where the trainee acts: the open decision points with the actions available now (instrument, target State, channel
 * and legal basis of each), a form with the elements a request can contain, and the controls to send, to let time pass
 * and to stop. In introductory and intermediate cases the form flags the elements the Convention requires that are
 * still missing; in advanced cases it does not, and omissions are scored either way.
 */
public class ActionComposerView extends CaseView {

    private static final int HOUR = 60;
    private static final int DAY = 24 * HOUR;

    private TreeViewer actions;
    private Text details;
    private CheckboxTableViewer elements;
    private Label missing;
    private Button send;
    private Combo wait;
    private Button waitButton;
    private Button stop;
    private Label status;
    private Listener sendKey;
    private SavePresetAction savePreset;
    private ActionContributionItem savePresetItem;

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createActionTree(sash);
        createForm(sash);
        sash.setWeights(3, 2);
        createButtons(parent);
        savePreset = new SavePresetAction(parent.getShell());
        // Shown only while a trial is open: a trainee never needs it.
        savePresetItem = new ActionContributionItem(savePreset);
        savePresetItem.setVisible(false);
        getViewSite().getActionBars().getToolBarManager().add(savePresetItem);
        getViewSite().getActionBars().updateActionBars();
    }

    private void createActionTree(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        actions = new TreeViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        actions.getTree().setHeaderVisible(true);
        actions.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((Map<?, ?>) input).keySet().toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                Object input = actions.getInput();
                return parent instanceof DecisionPoint point ? ((Map<?, ?>) input).get(point) instanceof List<?> list
                        ? list.toArray() : new Object[0] : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof Action action ? action.eContainer() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof DecisionPoint;
            }
        });
        column(layout, Messages.Composer_columnAction, 6, e -> e instanceof DecisionPoint point ? point.getTitle()
                : ((Action) e).getLabel());
        column(layout, Messages.Composer_columnInstrument, 3, e -> e instanceof Action action
                ? instrumentLabel(action) : ""); //$NON-NLS-1$
        column(layout, Messages.Composer_columnTarget, 2, e -> e instanceof Action action
                && action.getTargetState() != null ? action.getTargetState().getName() : ""); //$NON-NLS-1$
        column(layout, Messages.Composer_columnChannel, 2, e -> e instanceof Action action
                ? Format.label(action.getChannel()) : ""); //$NON-NLS-1$
        column(layout, Messages.Composer_columnBasis, 2, e -> e instanceof Action action
                ? Format.label(action.getLegalBasis()) : ""); //$NON-NLS-1$
        Accessibility.name(actions.getTree(), Messages.Composer_accessibleActions);
        actions.addSelectionChangedListener(e -> showSelected());
        actions.addOpenListener(e -> {
            if (selectedAction() != null) {
                elements.getControl().setFocus();
            }
        });
        actions.setInput(Map.of());
    }

    private void column(TreeColumnLayout layout, String title, int weight,
            java.util.function.Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(actions, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
    }

    private void createForm(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 0).applyTo(form);
        details = new Text(form, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 60).applyTo(details);
        Accessibility.name(details, Messages.Composer_accessibleDetails);
        Label elementsLabel = new Label(form, SWT.NONE);
        elementsLabel.setText(Messages.Composer_elements);
        elements = CheckboxTableViewer.newCheckList(form, SWT.BORDER | SWT.FULL_SELECTION);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 80).applyTo(elements.getControl());
        elements.setContentProvider(ArrayContentProvider.getInstance());
        elements.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> ((RequestElementEntry) e).label()));
        Accessibility.name(elements.getTable(), Messages.Composer_accessibleElements);
        elements.addCheckStateListener(e -> updateMissing());
        elements.setInput(List.of());
        missing = new Label(form, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(missing);
    }

    private void createButtons(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        send = new Button(bar, SWT.PUSH);
        send.setText(Messages.Composer_send);
        send.setToolTipText(Messages.Composer_sendTooltip);
        send.addListener(SWT.Selection, e -> sendSelected());
        Label waitLabel = new Label(bar, SWT.NONE);
        waitLabel.setText(Messages.Composer_waitLabel);
        wait = new Combo(bar, SWT.READ_ONLY);
        wait.setItems(Messages.Composer_waitHour, Messages.Composer_waitDay, Messages.Composer_waitWeek,
                Messages.Composer_waitNext);
        wait.select(3);
        waitButton = new Button(bar, SWT.PUSH);
        waitButton.setText(Messages.Composer_wait);
        waitButton.addListener(SWT.Selection, e -> letTimePass());
        stop = new Button(bar, SWT.PUSH);
        stop.setText(Messages.Composer_stop);
        stop.addListener(SWT.Selection, e -> stopCase());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
        // Ctrl+Enter sends from anywhere in the view.
        sendKey = event -> {
            if (event.widget instanceof Control control && !control.isDisposed()
                    && isInside(control) && (event.stateMask & SWT.MOD1) != 0
                    && (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) && send.isEnabled()) {
                event.doit = false;
                sendSelected();
            }
        };
        parent.getDisplay().addFilter(SWT.KeyDown, sendKey);
    }

    @Override
    public void dispose() {
        Display display = Display.getCurrent();
        if (sendKey != null && display != null) {
            display.removeFilter(SWT.KeyDown, sendKey);
        }
        super.dispose();
    }

    private boolean isInside(Control control) {
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == send.getParent().getParent()) {
                return true;
            }
        }
        return false;
    }

    private String instrumentLabel(Action action) {
        return service().engine().knowledgeBase().instrument(action.getInstrument()).map(InstrumentEntry::label)
                .orElse(Format.label(action.getInstrument()));
    }

    private Action selectedAction() {
        Object selected = ((IStructuredSelection) actions.getSelection()).getFirstElement();
        return selected instanceof Action action ? action : null;
    }

    private void showSelected() {
        Action action = selectedAction();
        CaseRun run = service().run().orElse(null);
        if (action == null || run == null) {
            Object selected = ((IStructuredSelection) actions.getSelection()).getFirstElement();
            details.setText(selected instanceof DecisionPoint point ? Format.text(point.getNarrative()) : ""); //$NON-NLS-1$
            elements.setInput(List.of());
            updateMissing();
            return;
        }
        StringBuilder text = new StringBuilder();
        DecisionPoint point = (DecisionPoint) action.eContainer();
        text.append(Format.text(point.getNarrative())).append("\n\n"); //$NON-NLS-1$
        text.append(action.getLabel());
        if (action.getDescription() != null) {
            text.append("\n").append(action.getDescription()); //$NON-NLS-1$
        }
        if (action.getAddressee() != null) {
            text.append("\n").append(NLS.bind(Messages.Composer_addressee, action.getAddressee().getName())); //$NON-NLS-1$
        }
        if (action.getCost() > 0) {
            text.append("\n").append(NLS.bind(Messages.Composer_takes, Format.duration(action.getCost()))); //$NON-NLS-1$
        }
        List<RequestElementEntry> offered = offeredElements(action);
        if (!action.isTraineeDrafts() && !action.getRequestElements().isEmpty()) {
            text.append("\n").append(NLS.bind(Messages.Composer_prepared, //$NON-NLS-1$
                    String.join(", ", labels(offered, action.getRequestElements())))); //$NON-NLS-1$
        }
        details.setText(text.toString());
        elements.setInput(action.isTraineeDrafts() ? offered : List.of());
        elements.getControl().setEnabled(action.isTraineeDrafts());
        updateMissing();
    }

    private List<RequestElementEntry> offeredElements(Action action) {
        return service().engine().knowledgeBase().instrument(action.getInstrument())
                .map(InstrumentEntry::requestContents).orElse(List.of()).stream()
                .collect(java.util.stream.Collectors.toMap(RequestElementEntry::key, e -> e, (a, b) -> a,
                        LinkedHashMap::new))
                .values().stream().toList();
    }

    private static List<String> labels(List<RequestElementEntry> entries, List<String> keys) {
        List<String> labels = new ArrayList<>();
        for (String key : keys) {
            labels.add(entries.stream().filter(e -> e.key().equals(key)).map(RequestElementEntry::label)
                    .findFirst().orElse(key));
        }
        return labels;
    }

    private void updateMissing() {
        Action action = selectedAction();
        CaseRun run = service().run().orElse(null);
        boolean flag = run != null && run.scenario().getDifficulty() != Difficulty.ADVANCED;
        if (action == null || !action.isTraineeDrafts() || !flag) {
            missing.setText(""); //$NON-NLS-1$
        } else {
            List<String> absent = new ArrayList<>();
            List<String> checked = checkedKeys();
            for (Object element : (List<?>) elements.getInput()) {
                RequestElementEntry entry = (RequestElementEntry) element;
                if (entry.mandatory() && !checked.contains(entry.key())) {
                    absent.add(entry.label());
                }
            }
            missing.setText(absent.isEmpty() ? "" //$NON-NLS-1$
                    : NLS.bind(Messages.Composer_missing, String.join("; ", absent))); //$NON-NLS-1$
        }
        missing.requestLayout();
        send.setEnabled(action != null && run != null && !run.isEnded());
    }

    private List<String> checkedKeys() {
        List<String> keys = new ArrayList<>();
        for (Object checked : elements.getCheckedElements()) {
            keys.add(((RequestElementEntry) checked).key());
        }
        return keys;
    }

    /** Takes the selected action with the checked request elements. */
    public Decision sendSelected() {
        Action action = selectedAction();
        if (action == null) {
            return null;
        }
        try {
            Decision decision = service().take(action.getId(), checkedKeys());
            status.setText(NLS.bind(Messages.Composer_decided, action.getLabel(),
                    Format.label(decision.evaluation().verdict())));
            status.requestLayout();
            return decision;
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Composer_saveFailedTitle,
                    NLS.bind(Messages.Composer_saveFailed, e.getMessage()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            MessageDialog.openInformation(getSite().getShell(), Messages.Composer_notNowTitle, e.getMessage());
        }
        return null;
    }

    private void letTimePass() {
        CaseRun run = service().run().orElse(null);
        if (run == null) {
            return;
        }
        SessionView view = run.view();
        int target = switch (wait.getSelectionIndex()) {
            case 0 -> view.now() + HOUR;
            case 1 -> view.now() + DAY;
            case 2 -> view.now() + 7 * DAY;
            default -> view.pending().stream().mapToInt(SessionView.Pending::due).filter(d -> d > view.now())
                    .min().orElse(view.now() + DAY);
        };
        try {
            service().advanceTo(target);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Composer_saveFailedTitle,
                    NLS.bind(Messages.Composer_clockNotSaved, e.getMessage()));
        }
    }

    private void stopCase() {
        if (service().run().isPresent() && MessageDialog.openConfirm(getSite().getShell(),
                Messages.Composer_stopTitle, Messages.Composer_stopQuestion)) {
            try {
                service().stop();
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), Messages.Composer_saveFailedTitle,
                        NLS.bind(Messages.Composer_clockNotSaved, e.getMessage()));
            }
        }
    }

    @Override
    protected void show(CaseRun run, Decision decision) {
        if (actions.getControl().isDisposed()) {
            return;
        }
        boolean open = run != null && !run.isEnded();
        savePreset.update(run);
        boolean trial = run != null && run.trial().isPresent();
        if (savePresetItem.isVisible() != trial) {
            savePresetItem.setVisible(trial);
            getViewSite().getActionBars().getToolBarManager().update(true);
        }
        waitButton.setEnabled(open);
        wait.setEnabled(open);
        stop.setEnabled(open);
        if (run == null) {
            actions.setInput(Map.of());
            status.setText(Messages.View_noCase);
            showSelected();
            return;
        }
        if (decision == null) {
            status.setText(run.isEnded() ? Messages.Composer_ended : ""); //$NON-NLS-1$
        }
        actions.setInput(available(run.scenario(), run.view()));
        actions.expandAll();
        showSelected();
        status.requestLayout();
    }

    /** The available actions grouped by their decision point, in scenario order. */
    static Map<DecisionPoint, List<Action>> available(Scenario scenario, SessionView view) {
        Map<DecisionPoint, List<Action>> grouped = new LinkedHashMap<>();
        if (view.ended().isPresent()) {
            return grouped;
        }
        for (DecisionPoint point : scenario.getDecisionPoints()) {
            for (Action action : point.getActions()) {
                if (view.availableActions().contains(action.getId())) {
                    grouped.computeIfAbsent(point, p -> new ArrayList<>()).add(action);
                }
            }
        }
        return grouped;
    }

    /** Selects an available action by id, as a click would. Returns whether it was available. */
    public boolean select(String actionId) {
        @SuppressWarnings("unchecked")
        Map<DecisionPoint, List<Action>> input = (Map<DecisionPoint, List<Action>>) actions.getInput();
        for (List<Action> list : input.values()) {
            for (Action action : list) {
                if (action.getId().equals(actionId)) {
                    actions.setSelection(new StructuredSelection(action), true);
                    return true;
                }
            }
        }
        return false;
    }

    /** Checks exactly these request elements in the form, as clicks would. */
    public void checkElements(List<String> keys) {
        for (Object element : (List<?>) elements.getInput()) {
            elements.setChecked(element, keys.contains(((RequestElementEntry) element).key()));
        }
        updateMissing();
    }

    /** The ids of the actions offered now, for tests. */
    public List<String> getOfferedActionIds() {
        List<String> ids = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Map<DecisionPoint, List<Action>> input = (Map<DecisionPoint, List<Action>>) actions.getInput();
        input.values().forEach(list -> list.forEach(a -> ids.add(a.getId())));
        return ids;
    }

    /** The "missing elements" warning, empty when none is shown. */
    public String getMissingText() {
        return missing.getText();
    }

    @Override
    protected void focusContents() {
        actions.getControl().setFocus();
    }
}
