package org.rogatory.ui.internal.views;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.rogatory.engine.session.Decision;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.ui.internal.Accessibility;
import org.rogatory.ui.internal.Messages;
import org.rogatory.ui.internal.play.CaseCatalog.PackEntry;
import org.rogatory.ui.internal.play.CaseRun;
import org.rogatory.ui.internal.play.ProgressStore.CaseProgress;
import org.rogatory.ui.internal.play.ProgressStore.Status;

/**
 * The installed packs and their cases, where a trainee picks a case: difficulty, classroom duration and progress for
 * each. A pack that cannot be played is listed with its problems, and the other packs keep working. Enter or a double
 * click opens the selected case; it resumes where the trainee stopped.
 */
public class CaseLibraryView extends CaseView {

    /** The library lists the trainee's cases; an author's trial is not one of them. */
    @Override
    protected boolean showsTrials() {
        return false;
    }

    /** A case as the tree shows it. */
    public record CaseItem(PackEntry pack, Scenario scenario) {
    }

    /** One problem of a pack. */
    public record ProblemItem(PackEntry pack, String text) {
    }

    private TreeViewer viewer;
    private Label message;
    private Action open;
    private Action restart;

    /** The library has something to show before any case is open: the packs and their cases. */
    @Override
    protected boolean waitsForCase() {
        return false;
    }

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        message = new Label(parent, SWT.WRAP);
        message.setText(Messages.CaseLibrary_loading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

        Composite holder = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        viewer = new TreeViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTree().setHeaderVisible(true);
        viewer.setContentProvider(new Content());
        column(layout, Messages.CaseLibrary_columnCase, 8, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof PackEntry pack) {
                    return pack.title();
                }
                if (element instanceof CaseItem item) {
                    return item.scenario().getTitle();
                }
                return ((ProblemItem) element).text();
            }

            @Override
            public Image getImage(Object element) {
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                if (element instanceof ProblemItem || element instanceof PackEntry pack && !pack.playable()) {
                    return images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
                }
                return element instanceof PackEntry ? images.getImage(ISharedImages.IMG_OBJ_FOLDER)
                        : images.getImage(ISharedImages.IMG_OBJ_FILE);
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof ProblemItem problem ? problem.text() : null;
            }
        });
        column(layout, Messages.CaseLibrary_columnDifficulty, 2, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof CaseItem item ? Format.label(item.scenario().getDifficulty()) : ""; //$NON-NLS-1$
            }
        });
        column(layout, Messages.CaseLibrary_columnDuration, 1, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof CaseItem item
                        ? NLS.bind(Messages.CaseLibrary_minutes, item.scenario().getExpectedDuration())
                        : ""; //$NON-NLS-1$
            }
        });
        column(layout, Messages.CaseLibrary_columnProgress, 2, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof CaseItem item ? progressText(item) : ""; //$NON-NLS-1$
            }
        });
        ColumnViewerToolTipSupport.enableFor(viewer);
        Accessibility.name(viewer.getTree(), Messages.CaseLibrary_accessibleName);
        viewer.addOpenListener(event -> open.run());
        viewer.addSelectionChangedListener(event -> updateActions());
        getSite().setSelectionProvider(viewer);
        createActions();
        viewer.setInput(List.of());
        if (service().isLoaded()) {
            catalogChanged(service().packs());
        } else {
            service().loadPacksOnce();
        }
    }

    private void column(TreeColumnLayout layout, String title, int weight, ColumnLabelProvider provider) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(provider);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
    }

    private String progressText(CaseItem item) {
        CaseProgress progress = service().progress(item.pack().id(), item.scenario().getId());
        if (progress.status() == Status.COMPLETED) {
            return NLS.bind(Messages.CaseLibrary_completed, String.format("%.2f", progress.score())); //$NON-NLS-1$
        }
        return Format.label(progress.status());
    }

    private void createActions() {
        open = new Action(Messages.CaseLibrary_open) {
            @Override
            public void run() {
                selectedCase().ifPresent(item -> service().openCase(item.pack(), item.scenario(), false));
            }
        };
        restart = new Action(Messages.CaseLibrary_restart) {
            @Override
            public void run() {
                selectedCase().ifPresent(item -> {
                    if (MessageDialog.openConfirm(getSite().getShell(),
                            Messages.CaseLibrary_restartTitle,
                            NLS.bind(Messages.CaseLibrary_restartQuestion, item.scenario().getTitle()))) {
                        service().openCase(item.pack(), item.scenario(), true);
                    }
                });
            }
        };
        Action reload = new Action(Messages.CaseLibrary_reload) {
            @Override
            public void run() {
                message.setText(Messages.CaseLibrary_loading);
                service().loadPacks();
            }
        };
        MenuManager menu = new MenuManager();
        menu.add(open);
        menu.add(restart);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(reload);
        IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
        viewMenu.add(open);
        viewMenu.add(restart);
        viewMenu.add(reload);
        updateActions();
    }

    private java.util.Optional<CaseItem> selectedCase() {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return selected instanceof CaseItem item ? java.util.Optional.of(item) : java.util.Optional.empty();
    }

    private void updateActions() {
        boolean isCase = selectedCase().isPresent();
        open.setEnabled(isCase);
        restart.setEnabled(isCase);
    }

    @Override
    public void catalogChanged(List<PackEntry> packs) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(packs);
        viewer.expandAll();
        int cases = getScenarioCount();
        long broken = packs.stream().filter(p -> !p.playable()).count();
        boolean checking = packs.stream().anyMatch(p -> !p.checked());
        String text = packs.isEmpty() ? Messages.CaseLibrary_empty
                : checking ? MessageFormat.format(Messages.CaseLibrary_checking, cases, packs.size())
                        : broken > 0 ? MessageFormat.format(Messages.CaseLibrary_someBroken, cases, broken)
                                : MessageFormat.format(Messages.CaseLibrary_summary, cases, packs.size());
        message.setText(text);
        message.requestLayout();
    }

    @Override
    protected void show(CaseRun run, Decision decision) {
        // Progress labels change when a case is opened or ends, not with every decision in between.
        boolean progressMayHaveChanged = decision == null || run == null || run.isEnded();
        if (progressMayHaveChanged && viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    }

    /** The number of playable cases listed. */
    public int getScenarioCount() {
        return service().packs().stream().mapToInt(p -> p.cases().size()).sum();
    }

    /** The text above the tree: loading, empty, or a summary. */
    public String getMessage() {
        return message.getText();
    }

    /** Returns whether the "no packs installed" hint is showing. */
    public boolean isEmptyMessageVisible() {
        return Messages.CaseLibrary_empty.equals(message.getText());
    }

    /** The tree, for tests and for keyboard focus. */
    public TreeViewer getViewer() {
        return viewer;
    }

    /** Selects a case and opens it as Enter would. */
    public void open(String packId, String scenarioId) {
        service().findCase(packId, scenarioId).ifPresent(found -> {
            viewer.setSelection(new StructuredSelection(
                    new CaseItem(found.pack(), found.scenario())), true);
            open.run();
        });
    }

    @Override
    protected void focusContents() {
        viewer.getControl().setFocus();
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof PackEntry pack) {
                List<Object> children = new ArrayList<>();
                pack.cases().forEach(s -> children.add(new CaseItem(pack, s)));
                if (!pack.playable()) {
                    pack.problems().forEach(p -> children.add(new ProblemItem(pack, p)));
                }
                return children.toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof CaseItem item ? item.pack()
                    : element instanceof ProblemItem problem ? problem.pack() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof PackEntry;
        }
    }
}
