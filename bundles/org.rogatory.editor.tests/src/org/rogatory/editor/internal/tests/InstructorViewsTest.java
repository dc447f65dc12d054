package org.rogatory.editor.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;
import org.rogatory.editor.RogatoryEditor;
import org.rogatory.editor.internal.editor.ScenarioEditor;
import org.rogatory.editor.internal.map.ScenarioMapView;
import org.rogatory.editor.internal.problems.Problem;
import org.rogatory.editor.internal.problems.ProblemsView;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioPackage;

/** The New Pack wizard, the live Problems view, the scenario map and the Instructor perspective. */
class InstructorViewsTest extends AuthoringFixture {

    @Test
    void newPackWizardWritesAPackWithoutProblems() {
        ScenarioEditor editor = newPack("clean-pack");
        assertEquals(List.of(), errors(editor));
        assertTrue(Files.isRegularFile(folder.resolve("clean-pack/pack.rogatory")));
        assertFalse(editor.isDirty());
    }

    @Test
    void clearingTheStartShowsAProblemThatUndoRemoves() throws Exception {
        ScenarioEditor editor = newPack("start-pack");
        ProblemsView problems = (ProblemsView) page.showView(RogatoryEditor.PROBLEMS_VIEW_ID);
        page.activate(editor);
        flush();
        assertEquals(0, problems.getViewer().getTable().getItemCount());

        Scenario scenario = scenario(editor);
        execute(editor, SetCommand.create(editor.getEditingDomain(), scenario,
                ScenarioPackage.Literals.SCENARIO__START, null));
        List<Problem> found = errors(editor);
        assertFalse(found.isEmpty(), "a scenario without a start is an error");
        assertTrue(problems.getViewer().getTable().getItemCount() > 0, "the Problems view shows it");
        Problem first = (Problem) problems.getViewer().getElementAt(0);
        assertEquals(scenario, first.target(), "the problem points at the scenario");

        problems.reveal(new StructuredSelection(first));
        flush();
        assertEquals(scenario, editor.getTreeViewer().getStructuredSelection().getFirstElement());

        actions(editor).get(ActionFactory.UNDO).run();
        assertEquals(List.of(), errors(editor));
        assertEquals(0, problems.getViewer().getTable().getItemCount());
    }

    @Test
    void mapShowsTheDecisionPointsAndTheWayBetweenThem() throws Exception {
        ScenarioEditor editor = newPack("map-pack");
        ScenarioMapView map = (ScenarioMapView) page.showView(RogatoryEditor.MAP_VIEW_ID);
        page.activate(editor);
        flush();
        assertEquals(2, map.getLayout().boxes().size());
        assertEquals(1, map.getLayout().ways().size());
        assertEquals(List.of(), map.getLayout().unreachable());

        Scenario scenario = scenario(editor);
        execute(editor, SetCommand.create(editor.getEditingDomain(), scenario.getStart().getActions().get(0),
                ScenarioPackage.Literals.ACTION__NEXT, List.of()));
        editor.validateNow();
        assertEquals(1, map.getLayout().unreachable().size(), "the follow-up can no longer be reached");
    }

    @Test
    void instructorPerspectiveShowsPackProblemsAndMap() {
        assertEquals("Instructor", page.getPerspective().getLabel());
        assertNotNull(page.findView(RogatoryEditor.PROBLEMS_VIEW_ID));
        assertNotNull(page.findView(RogatoryEditor.MAP_VIEW_ID));
        assertNotNull(page.findView(RogatoryEditor.PACK_EXPLORER_VIEW_ID));
    }
}
