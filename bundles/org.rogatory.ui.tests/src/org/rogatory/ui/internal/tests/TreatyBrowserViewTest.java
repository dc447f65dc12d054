package org.rogatory.ui.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rogatory.treaty.ArticleEntry;
import org.rogatory.treaty.ChapterEntry;
import org.rogatory.treaty.ProvisionEntry;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.treaty.TreatyBrowserView;

/** The Treaty Browser in the real workbench: the tree, the search, citations and the details pane. */
@ExtendWith(ScreenshotOnFailure.class)
class TreatyBrowserViewTest {

    private IWorkbenchPage page;
    private TreatyBrowserView view;

    @BeforeEach
    void openView() throws PartInitException {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = assertInstanceOf(TreatyBrowserView.class, page.showView(RogatoryUi.TREATY_BROWSER_VIEW_ID));
        DebriefSamples.waitUntil(view::isLoaded, 30_000);
        // the browser reopens where it was left; each test starts from a clean view
        view.getFilterText().setText("");
        view.getViewer().collapseAll();
        view.getViewer().setSelection(StructuredSelection.EMPTY);
    }

    @AfterEach
    void closeView() {
        page.hideView(view);
    }

    @Test
    void treeHoldsNineChaptersAndSixtyEightArticles() {
        TreeViewer viewer = view.getViewer();
        viewer.expandAll();
        assertEquals(9, viewer.getTree().getItemCount());
        assertEquals(68, articlesShown().size());
        assertEquals("Chapter I  General provisions", viewer.getTree().getItem(0).getText());
    }

    @Test
    void searchingForPreservationKeepsOnlyArticlesAboutIt() {
        view.getFilterText().setText("preservation");
        List<ArticleEntry> shown = articlesShown();
        List<Integer> numbers = shown.stream().map(ArticleEntry::number).toList();
        assertTrue(numbers.containsAll(List.of(25, 26, 42)), numbers.toString());
        assertTrue(shown.size() < 10, numbers.toString());
        assertTrue(shown.stream().allMatch(a -> mentions(a, "preservation")), numbers.toString());
    }

    @Test
    void searchingForACitationKeepsThatArticle() {
        view.getFilterText().setText("Art. 42");
        assertEquals(List.of(42), articlesShown().stream().map(ArticleEntry::number).toList());
        view.getFilterText().setText("");
        assertEquals(68, articlesShown().size());
    }

    @Test
    void searchWithoutMatchSaysSo() {
        view.getFilterText().setText("zzzz nothing like this");
        assertEquals(0, view.getViewer().getTree().getItemCount());
        assertTrue(view.getDetailsText().startsWith("No article matches"), view.getDetailsText());
    }

    @Test
    void enterInTheSearchFieldSelectsTheFirstMatch() {
        view.getFilterText().setText("preservation");
        view.getFilterText().notifyListeners(SWT.DefaultSelection, new Event());
        ArticleEntry selected = assertInstanceOf(ArticleEntry.class,
                view.getViewer().getStructuredSelection().getFirstElement());
        assertEquals(25, selected.number());
    }

    @Test
    void showCitationSelectsTheArticleAndShowsItsProvisionsWithStatuses() {
        view.showCitation("Art. 42(1)");
        ArticleEntry selected = assertInstanceOf(ArticleEntry.class,
                view.getViewer().getStructuredSelection().getFirstElement());
        assertEquals(42, selected.number());
        String details = view.getDetailsText();
        assertTrue(details.startsWith("Art. 42  " + selected.title()), details);
        assertTrue(details.contains(selected.summary()));
        assertTrue(details.contains(" Secondary source "), "title status");
        assertTrue(details.contains(" Unverified reconstruction "), "provision status");
        assertTrue(details.contains("Budapest Convention: Art. 29 Verified "), details);
        assertFalse(details.contains("42(1)"), "an unverified paragraph number is shown");
        for (ProvisionEntry provision : selected.provisions()) {
            assertTrue(details.contains(provision.text()), provision.key());
        }
    }

    @Test
    void showCitationClearsASearchThatHidesTheArticle() {
        view.getFilterText().setText("preservation");
        view.showCitation("Art. 68");
        assertEquals("", view.getFilterText().getText());
        ArticleEntry selected = assertInstanceOf(ArticleEntry.class,
                view.getViewer().getStructuredSelection().getFirstElement());
        assertEquals(68, selected.number());
    }

    @Test
    void textThatIsNoCitationChangesNothing() {
        view.showCitation("Art. 42");
        view.showCitation("see the notes");
        view.showCitation("Art. 999");
        ArticleEntry selected = assertInstanceOf(ArticleEntry.class,
                view.getViewer().getStructuredSelection().getFirstElement());
        assertEquals(42, selected.number());
    }

    @Test
    void reopeningTheBrowserShowsTheArticleAndSearchLeftOpen() throws PartInitException {
        view.getFilterText().setText("preservation");
        view.showCitation("Art. 26");
        page.hideView(view);
        view = assertInstanceOf(TreatyBrowserView.class, page.showView(RogatoryUi.TREATY_BROWSER_VIEW_ID));
        DebriefSamples.waitUntil(view::isLoaded, 30_000);
        assertEquals("preservation", view.getFilterText().getText());
        ArticleEntry selected = assertInstanceOf(ArticleEntry.class,
                view.getViewer().getStructuredSelection().getFirstElement());
        assertEquals(26, selected.number());
    }

    private List<ArticleEntry> articlesShown() {
        TreeViewer viewer = view.getViewer();
        viewer.expandAll();
        List<ArticleEntry> articles = new ArrayList<>();
        for (TreeItem chapter : viewer.getTree().getItems()) {
            assertInstanceOf(ChapterEntry.class, chapter.getData());
            for (TreeItem article : chapter.getItems()) {
                articles.add(assertInstanceOf(ArticleEntry.class, article.getData()));
            }
        }
        return articles;
    }

    private static boolean mentions(ArticleEntry article, String word) {
        StringBuilder text = new StringBuilder(article.title()).append(' ').append(article.summary());
        article.provisions().forEach(p -> text.append(' ').append(p.text()));
        return text.toString().toLowerCase(Locale.ROOT).contains(word);
    }
}
