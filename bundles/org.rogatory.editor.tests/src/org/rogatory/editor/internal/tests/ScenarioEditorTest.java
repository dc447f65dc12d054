package org.rogatory.editor.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;
import org.rogatory.editor.RogatoryEditor;
import org.rogatory.editor.internal.editor.PathEditorInput;
import org.rogatory.editor.internal.editor.ScenarioDocument;
import org.rogatory.editor.internal.editor.ScenarioEditor;
import org.rogatory.editor.internal.editor.TreeMenu;
import org.rogatory.model.l10n.EnumLabels;
import org.rogatory.model.query.ScenarioQuery;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Identified;
import org.rogatory.model.scenario.Scenario;
import org.rogatory.model.scenario.ScenarioPackage;

/** Edits a scenario through the editor as an instructor does: commands, undo and redo, paste, New Child, the details. */
class ScenarioEditorTest extends AuthoringFixture {

    @Test
    void titleChangeIsUndoneRedoneAndSurvivesSaveAndReload() throws Exception {
        ScenarioEditor editor = newPack("title-pack");
        Scenario scenario = scenario(editor);
        String original = scenario.getTitle();
        execute(editor, SetCommand.create(editor.getEditingDomain(), scenario,
                ScenarioPackage.Literals.SCENARIO__TITLE, "Ransomware at the hospital"));
        assertTrue(editor.isDirty());
        assertEquals("Ransomware at the hospital", scenario.getTitle());

        actions(editor).get(ActionFactory.UNDO).run();
        assertEquals(original, scenario.getTitle());
        assertFalse(editor.isDirty(), "undoing back to the saved state makes the editor clean");
        actions(editor).get(ActionFactory.REDO).run();
        assertEquals("Ransomware at the hospital", scenario.getTitle());

        editor.doSave(null);
        assertFalse(editor.isDirty());
        ScenarioDocument reloaded = ScenarioDocument.open(editor.getDocument().file());
        assertEquals("Ransomware at the hospital", ((Scenario) reloaded.root()).getTitle());
        reloaded.dispose();
    }

    @Test
    void copiedDecisionPointIsPastedWithAFreshId() {
        ScenarioEditor editor = newPack("paste-pack");
        Scenario scenario = scenario(editor);
        DecisionPoint start = scenario.getStart();
        editor.select(start);
        actions(editor).update();
        actions(editor).get(ActionFactory.COPY).run();
        editor.select(scenario);
        actions(editor).update();
        assertTrue(actions(editor).get(ActionFactory.PASTE).isEnabled());
        actions(editor).get(ActionFactory.PASTE).run();
        flush();

        assertEquals(3, scenario.getDecisionPoints().size());
        DecisionPoint pasted = scenario.getDecisionPoints().get(2);
        assertNotEquals(start.getId(), pasted.getId());
        assertEquals(List.of(), errors(editor).stream().filter(p -> p.message().contains("unique")).toList());
        long distinct = ScenarioQuery.identifiedIn(scenario).stream().map(Identified::getId).distinct().count();
        assertEquals(ScenarioQuery.identifiedIn(scenario).size(), distinct, "every id in the file is unique");

        actions(editor).get(ActionFactory.UNDO).run();
        assertEquals(2, scenario.getDecisionPoints().size());
    }

    @Test
    void newChildMenuAddsADecisionPointWithAnId() {
        ScenarioEditor editor = newPack("child-pack");
        Scenario scenario = scenario(editor);
        List<Action> offered = TreeMenu.newChildActions(editor, scenario);
        Action addPoint = offered.stream().filter(a -> a.getText().contains("Decision Point")).findFirst()
                .orElseThrow(() -> new AssertionError("New Child offers no decision point: " + offered.stream()
                        .map(Action::getText).toList()));
        addPoint.run();
        flush();
        assertEquals(3, scenario.getDecisionPoints().size());
        DecisionPoint added = scenario.getDecisionPoints().get(2);
        assertNotNull(added.getId());
        EObject selected = (EObject) editor.getTreeViewer().getStructuredSelection().getFirstElement();
        assertEquals(added, selected, "the new element is selected");
    }

    @Test
    void typingInTheDetailsTableIsAnUndoableEdit() {
        ScenarioEditor editor = newPack("details-pack");
        Scenario scenario = scenario(editor);
        editor.select(scenario);
        flush();
        TableViewer details = editor.getDetails().getViewer();
        IItemPropertyDescriptor titleRow = null;
        for (int i = 0; i < details.getTable().getItemCount(); i++) {
            IItemPropertyDescriptor row = (IItemPropertyDescriptor) details.getElementAt(i);
            if ("Title".equals(row.getDisplayName(scenario))) {
                titleRow = row;
            }
        }
        assertNotNull(titleRow, "the details table lists the scenario's title");
        details.editElement(titleRow, 1);
        Text field = assertInstanceOf(Text.class, Display.getCurrent().getFocusControl(), "a text field opens");
        field.setText("Logs in Belmora");
        details.applyEditorValue();
        flush();
        assertEquals("Logs in Belmora", scenario.getTitle());
        assertTrue(editor.isDirty());
        actions(editor).get(ActionFactory.UNDO).run();
        assertEquals("First case", scenario.getTitle());
    }

    @Test
    void enumValuesAreShownInWordsNotAsStoredLiterals() {
        ScenarioEditor editor = newPack("labels-pack");
        var action = scenario(editor).getDecisionPoints().get(0).getActions().get(0);
        editor.select(action);
        flush();
        TableViewer details = editor.getDetails().getViewer();
        String shown = null;
        for (int i = 0; i < details.getTable().getItemCount(); i++) {
            IItemPropertyDescriptor row = (IItemPropertyDescriptor) details.getElementAt(i);
            if ("Instrument".equals(row.getDisplayName(action))) {
                shown = details.getTable().getItem(i).getText(1);
            }
        }
        assertEquals(EnumLabels.of(action.getInstrument()), shown);
        assertNotEquals(action.getInstrument().getLiteral(), shown, "the stored literal is not what an author reads");
    }

    @Test
    void briefingIsWrittenInTheLongTextArea() {
        ScenarioEditor editor = newPack("briefing-pack");
        Scenario scenario = scenario(editor);
        editor.select(scenario);
        flush();
        TableViewer details = editor.getDetails().getViewer();
        for (int i = 0; i < details.getTable().getItemCount(); i++) {
            IItemPropertyDescriptor row = (IItemPropertyDescriptor) details.getElementAt(i);
            if ("Briefing".equals(row.getDisplayName(scenario))) {
                details.setSelection(new StructuredSelection(row), true);
            }
        }
        flush();
        Text area = editor.getDetails().getLongText().getText();
        assertTrue(area.isEnabled(), "the briefing opens in the long text area");
        area.setText("A hospital in Avaria is attacked.\nThe logs are held in Belmora.");
        editor.getDetails().getLongText().apply();
        flush();
        assertEquals("A hospital in Avaria is attacked.\nThe logs are held in Belmora.", scenario.getBriefing());
        actions(editor).get(ActionFactory.UNDO).run();
        flush();
        assertTrue(scenario.getBriefing().startsWith("Describe the case"));
    }

    @Test
    void aFileWithADoctypeIsRefusedAndNotOpened() throws Exception {
        Path hostile = folder.resolve("hostile");
        Files.createDirectories(hostile);
        Files.writeString(hostile.resolve("pack.rogatory"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n");
        IEditorPart part = page.openEditor(new PathEditorInput(hostile.resolve("pack.rogatory")),
                RogatoryEditor.EDITOR_ID);
        flush();
        assertFalse(part instanceof ScenarioEditor, "the editor does not open a file the safe loader refuses");
    }
}
