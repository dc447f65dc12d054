package org.rogatory.ui.internal.treaty;

import java.util.OptionalInt;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.ControlAdapter;
import org.eclipse.swt.events.ControlEvent;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.statushandlers.StatusManager;
import org.rogatory.treaty.ArticleEntry;
import org.rogatory.treaty.ChapterEntry;
import org.rogatory.treaty.ConventionKnowledgeBase;
import org.rogatory.treaty.KnowledgeBaseException;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.Accessibility;

/**
 * The Convention, chapter by chapter, with a search field and the details of the selected article: summary, provisions
 * and Budapest counterpart, each with how far it is verified. Other views link their citations here through
 * {@link #open(IWorkbenchPage, String)} or {@link #showCitation(String)}.
 * <p>
 * The knowledge base is parsed on first use, which takes a noticeable moment on a cold start, so the view loads it in
 * a background job and keeps a citation asked for in the meantime until the tree is filled.
 */
public class TreatyBrowserView extends ViewPart {

    /** The family of the job that loads the knowledge base, so tests can wait for it. */
    public static final Object LOAD_FAMILY = TreatyBrowserView.class;

    private static final String MEMENTO_FILTER = "filter"; //$NON-NLS-1$
    private static final String MEMENTO_ARTICLE = "article"; //$NON-NLS-1$

    private Text filterText;
    private SashForm sash;
    private TreeViewer viewer;
    private StyledText details;
    private ConventionKnowledgeBase knowledgeBase;
    private ArticleFilter filter;
    private ArticleDetails articleDetails;
    private String pendingCitation;
    private String restoredFilter;

    /**
     * Opens the Treaty Browser at a citation, the way the Feedback and Debrief views follow a citation link.
     *
     * @param page the page to open the browser in
     * @param citation a citation such as "Art. 42" or "Art. 42(1)"
     */
    public static void open(IWorkbenchPage page, String citation) {
        try {
            IViewPart part = page.showView(RogatoryUi.TREATY_BROWSER_VIEW_ID);
            if (part instanceof TreatyBrowserView browser) {
                browser.showCitation(citation);
            }
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
        }
    }

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        if (memento != null) {
            restoredFilter = memento.getString(MEMENTO_FILTER);
            Integer article = memento.getInteger(MEMENTO_ARTICLE);
            if (article != null) {
                pendingCitation = article.toString();
            }
        }
    }

    /** Remembers the search and the article shown, so the browser reopens where the trainee left it. */
    @Override
    public void saveState(IMemento memento) {
        if (filterText != null && !filterText.isDisposed() && !filterText.getText().isBlank()) {
            memento.putString(MEMENTO_FILTER, filterText.getText());
        }
        if (viewer != null && viewer.getStructuredSelection().getFirstElement() instanceof ArticleEntry article) {
            memento.putInteger(MEMENTO_ARTICLE, article.number());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(parent);
        Label filterLabel = new Label(parent, SWT.NONE);
        filterLabel.setText(Messages.Browser_filterLabel);
        filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.SINGLE);
        filterText.setMessage(Messages.Browser_filterMessage);
        filterText.setEnabled(false);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);

        sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(sash);
        viewer = new TreeViewer(sash, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ConventionContentProvider());
        viewer.setLabelProvider(new ConventionLabelProvider());
        Accessibility.name(viewer.getControl(), Messages.Browser_treeName);
        details = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        details.setMargins(6, 6, 6, 6);
        details.setText(Messages.Browser_loading);
        Accessibility.name(details, Messages.Browser_detailsName);
        sash.setWeights(45, 55);
        parent.addControlListener(new ControlAdapter() {
            @Override
            public void controlResized(ControlEvent e) {
                Rectangle area = parent.getClientArea();
                sash.setOrientation(area.width > area.height * 3 / 2 ? SWT.HORIZONTAL : SWT.VERTICAL);
            }
        });
        hookListeners();
        getSite().setSelectionProvider(viewer);
        load(parent.getDisplay());
    }

    private void hookListeners() {
        filterText.addModifyListener(e -> applyFilter());
        filterText.addListener(SWT.DefaultSelection, e -> moveIntoTree());
        filterText.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN) {
                e.doit = false;
                moveIntoTree();
            }
        });
        viewer.getTree().addListener(SWT.KeyDown, e -> {
            Tree tree = viewer.getTree();
            TreeItem[] selected = tree.getSelection();
            if (e.keyCode == SWT.ARROW_UP && filterText.isEnabled() && selected.length == 1
                    && selected[0] == tree.getItem(0)) {
                e.doit = false;
                filterText.setFocus();
            }
        });
        viewer.addSelectionChangedListener(e -> showDetails(e.getStructuredSelection()));
        viewer.addDoubleClickListener(e -> {
            Object element = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (element instanceof ChapterEntry) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        });
    }

    private void load(Display display) {
        Job job = new Job(Messages.Browser_loadJob) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    ConventionKnowledgeBase loaded = ConventionKnowledgeBase.bundled();
                    display.asyncExec(() -> loaded(loaded));
                    return Status.OK_STATUS;
                } catch (KnowledgeBaseException e) {
                    display.asyncExec(() -> failed(e));
                    return Status.error(NLS.bind(Messages.Browser_loadFailed, e.getMessage()), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == LOAD_FAMILY;
            }
        };
        job.setSystem(true);
        IWorkbenchSiteProgressService progress = getSite().getAdapter(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(job);
        } else {
            job.schedule();
        }
    }

    private void loaded(ConventionKnowledgeBase loaded) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        knowledgeBase = loaded;
        filter = new ArticleFilter(loaded);
        articleDetails = new ArticleDetails(loaded);
        viewer.setFilters(filter);
        viewer.setInput(loaded);
        filterText.setEnabled(true);
        details.setText(Messages.Browser_noSelection);
        if (restoredFilter != null) {
            filterText.setText(restoredFilter);
            restoredFilter = null;
        }
        if (pendingCitation != null) {
            showCitation(pendingCitation);
            pendingCitation = null;
        }
    }

    private void failed(KnowledgeBaseException e) {
        if (!details.isDisposed()) {
            details.setText(NLS.bind(Messages.Browser_loadFailed, e.getMessage()));
        }
    }

    private void applyFilter() {
        if (filter == null || !filter.setQuery(filterText.getText())) {
            return;
        }
        viewer.getControl().setRedraw(false);
        try {
            viewer.refresh();
            if (!filter.isEmpty()) {
                viewer.expandAll();
            }
        } finally {
            viewer.getControl().setRedraw(true);
        }
        if (viewer.getTree().getItemCount() == 0) {
            details.setText(NLS.bind(Messages.Browser_noMatch, filterText.getText().strip()));
        } else {
            showDetails(viewer.getStructuredSelection());
        }
    }

    /**
     * Enter or Down in the search field: into the tree, on the first match unless something is selected. Up on the
     * first chapter comes back.
     */
    private void moveIntoTree() {
        if (viewer.getTree().getItemCount() == 0) {
            return;
        }
        if (viewer.getSelection().isEmpty()) {
            TreeItem chapter = viewer.getTree().getItem(0);
            Object first = chapter.getData();
            if (!filter.isEmpty() && chapter.getItemCount() > 0) {
                first = chapter.getItem(0).getData();
            }
            viewer.setSelection(new StructuredSelection(first), true);
        }
        viewer.getControl().setFocus();
    }

    private void showDetails(IStructuredSelection selection) {
        Object element = selection.getFirstElement();
        if (element instanceof ArticleEntry article) {
            articleDetails.show(article, details);
        } else if (element instanceof ChapterEntry chapter) {
            articleDetails.show(chapter, details);
        } else if (knowledgeBase != null) {
            details.setText(Messages.Browser_noSelection);
        }
    }

    /**
     * Selects and reveals the article a citation points to, clearing the search if it hides that article. A citation
     * asked for while the Convention is still loading is shown once it has loaded; text that is not a citation, or an
     * article the Convention does not have, leaves the view as it is.
     *
     * @param citation a citation such as "Art. 42" or "Art. 42(1)"; for a range, its first article is shown
     */
    public void showCitation(String citation) {
        OptionalInt number = CitationTarget.article(citation);
        if (number.isEmpty()) {
            return;
        }
        if (knowledgeBase == null) {
            pendingCitation = citation;
            return;
        }
        knowledgeBase.article(number.getAsInt()).ifPresent(article -> {
            if (!filter.matches(article)) {
                filterText.setText(""); //$NON-NLS-1$
            }
            viewer.setSelection(new StructuredSelection(article), true);
        });
    }

    /** Whether the knowledge base has loaded and the tree shows it. */
    public boolean isLoaded() {
        return knowledgeBase != null;
    }

    /** The tree of chapters and articles, for tests and for views that follow its selection. */
    public TreeViewer getViewer() {
        return viewer;
    }

    /** The search field, for tests. */
    public Text getFilterText() {
        return filterText;
    }

    /** What the details pane says now, for tests. */
    public String getDetailsText() {
        return details.getText();
    }

    @Override
    public void setFocus() {
        if (filterText.isEnabled()) {
            filterText.setFocus();
        } else {
            viewer.getControl().setFocus();
        }
    }
}
