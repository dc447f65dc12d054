package org.rogatory.ui.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rogatory.engine.debrief.Debrief;
import org.rogatory.treaty.ArticleEntry;
import org.rogatory.ui.RogatoryUi;
import org.rogatory.ui.internal.AtomicFile;
import org.rogatory.ui.internal.debrief.DebriefHtml;
import org.rogatory.ui.internal.debrief.DebriefView;
import org.rogatory.ui.internal.debrief.ExportReportAction;
import org.rogatory.ui.internal.treaty.TreatyBrowserView;

/** The Debrief view in the real workbench: empty state, what it shows, citation links and the HTML export. */
@ExtendWith(ScreenshotOnFailure.class)
class DebriefViewTest {

    private IWorkbenchPage page;
    private DebriefView view;
    private Path folder;

    @BeforeEach
    void openView() throws PartInitException, IOException {
        folder = Files.createTempDirectory("debrief-view-test");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        view = assertInstanceOf(DebriefView.class, page.showView(RogatoryUi.DEBRIEF_VIEW_ID));
    }

    @AfterEach
    void closeViews() throws IOException {
        page.hideView(view);
        page.hideView(page.findView(RogatoryUi.TREATY_BROWSER_VIEW_ID));
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void saysNoCaseHasEndedUntilADebriefIsShown() {
        assertTrue(view.isEmptyMessageVisible());
        assertNull(view.debrief());
        assertFalse(exportAction().isEnabled());
    }

    @Test
    void headerShowsTheCaseHowItEndedAndTheTotal() {
        Debrief debrief = DebriefSamples.incompletePreservation();
        view.show(debrief);
        assertFalse(view.isEmptyMessageVisible());
        assertSame(debrief, view.debrief());
        assertEquals("Debrief: Ransomware at Arland General Hospital\n"
                + "Scenario ransomware  \u00b7  Ended: time ran out, at day 31 00:00\nWeighted total: 5.17",
                view.getHeaderText());
        assertTrue(exportAction().isEnabled());
    }

    @Test
    void decisionsTableShowsSequenceTimeActionAndVerdictInWords() {
        view.show(DebriefSamples.incompletePreservation());
        assertEquals(List.of(
                List.of("1", "day 1 00:00", "Ask Borduria's 24/7 point of contact to preserve HostCo's logs",
                        "Not compliant"),
                List.of("2", "day 1 05:00", "Send the mutual legal assistance request for the preserved logs",
                        "Compliant")),
                rows(view.getDecisionsViewer()));
    }

    @Test
    void scoreEvidenceExpertPathAndTimelineTablesAreFilled() {
        view.show(DebriefSamples.incompletePreservation());
        List<TableViewer> tables = view.getOtherViewers();
        assertEquals(List.of(List.of("Legality", "3", "9"), List.of("Timeliness", "2", "2"),
                List.of("Rights and safeguards", "1", "0")), rows(tables.get(0)));
        assertEquals(List.of(List.of("HostCo connection logs", "Lost")), rows(tables.get(1)));
        assertEquals(List.of("1", "Ask Borduria's 24/7 point of contact to preserve HostCo's logs",
                        "Preserve first: HostCo deletes the logs after seven days.", "You took it"),
                        rows(tables.get(2)).get(0));
        assertEquals("Not taken", rows(tables.get(2)).get(2).get(3));
        assertEquals(List.of("day 8 00:00", "Data deleted",
                        "HostCo connection logs was deleted: its holder's retention period ran out."),
                        rows(tables.get(3)).get(2));
    }

    @Test
    void citationsOfTheSelectedDecisionAreLinks() {
        view.show(DebriefSamples.incompletePreservation());
        assertEquals("Cited: <a href=\"Art. 42\">Art. 42</a>", view.getCitationLink().getText());
        view.getDecisionsViewer().getTable().setSelection(1);
        view.getDecisionsViewer().getTable().notifyListeners(SWT.Selection, new Event());
        assertTrue(view.getCitationLink().getText().contains("<a href=\"Art. 65\">Art. 65</a>"));
    }

    @Test
    void followingACitationOpensTheTreatyBrowserAtTheArticle() {
        view.show(DebriefSamples.incompletePreservation());
        Event click = new Event();
        click.text = "Art. 42";
        view.getCitationLink().notifyListeners(SWT.Selection, click);
        TreatyBrowserView browser = assertInstanceOf(TreatyBrowserView.class,
                page.findView(RogatoryUi.TREATY_BROWSER_VIEW_ID));
        DebriefSamples.waitUntil(browser::isLoaded, 30_000);
        ArticleEntry shown = assertInstanceOf(ArticleEntry.class,
                browser.getViewer().getStructuredSelection().getFirstElement());
        assertEquals(42, shown.number());
    }

    @Test
    void exportWritesTheReportInTheBackground() throws IOException {
        Debrief debrief = DebriefSamples.incompletePreservation();
        view.show(debrief);
        Path file = folder.resolve(ExportReportAction.defaultFileName(debrief));
        Job job = view.export(file);
        DebriefSamples.waitUntil(() -> job.getState() == Job.NONE, 30_000);
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertEquals(DebriefHtml.render(debrief), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file), list(folder), "a temporary file was left behind");
    }

    @Test
    void exportReplacesAFileThatIsAlreadyThere() throws IOException {
        view.show(DebriefSamples.incompletePreservation());
        Path file = folder.resolve("report.html");
        Files.writeString(file, "old report");
        Job job = view.export(file);
        DebriefSamples.waitUntil(() -> job.getState() == Job.NONE, 30_000);
        assertTrue(Files.readString(file).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void theOfferedFileIsNamedAfterTheScenario() {
        assertEquals("ransomware-debrief.html",
                ExportReportAction.defaultFileName(DebriefSamples.incompletePreservation()));
    }

    @Test
    void writingIntoAMissingFolderFailsAndLeavesNothing() throws IOException {
        Path missing = folder.resolve("missing").resolve("report.html");
        try {
            AtomicFile.write(missing, "x");
        } catch (NoSuchFileException expected) {
            assertEquals(List.of(), list(folder));
            return;
        }
        throw new AssertionError("wrote into a folder that does not exist");
    }

    private ExportReportAction exportAction() {
        for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
            if (item instanceof ActionContributionItem action
                    && action.getAction() instanceof ExportReportAction export) {
                return export;
            }
        }
        throw new AssertionError("no Export Report action on the view's toolbar");
    }

    private static List<List<String>> rows(TableViewer viewer) {
        Table table = viewer.getTable();
        return Stream.of(table.getItems()).map(item -> Stream.iterate(0, i -> i + 1).limit(table.getColumnCount())
                .map(item::getText).toList()).toList();
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
