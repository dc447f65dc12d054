package org.rogatory.editor.internal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rogatory.editor.RogatoryEditor;
import org.rogatory.editor.internal.editor.PathEditorInput;
import org.rogatory.editor.internal.editor.ScenarioEditor;
import org.rogatory.editor.internal.editor.TreeMenu;
import org.rogatory.editor.internal.map.ScenarioMapView;
import org.rogatory.editor.internal.trial.TrialLauncher;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Scenario;

/**
 * Test from Here in the editor: on a decision point in the middle of a built-in case (from the tree's selection and
 * from the Scenario Map), the editor executes the workbench's trial command by id with the saved file and the point,
 * and the trainee's views open on a trial labelled as such at that point.
 */
class TestFromHereTest extends AuthoringFixture {

    private static final String TRAINEE_PERSPECTIVE_ID = "org.rogatory.ui.perspectives.trainee";
    private static final String ACTION_COMPOSER_VIEW_ID = "org.rogatory.ui.views.actionComposer";

    private final AtomicReference<Map<?, ?>> trialParameters = new AtomicReference<>();
    private final IExecutionListener listener = new IExecutionListener() {
        @Override
        public void preExecute(String commandId, ExecutionEvent event) {
            if (TrialLauncher.TRIAL_COMMAND_ID.equals(commandId)) {
                trialParameters.set(Map.copyOf(event.getParameters()));
            }
        }

        @Override
        public void postExecuteSuccess(String commandId, Object returnValue) {
        }

        @Override
        public void postExecuteFailure(String commandId, ExecutionException exception) {
        }

        @Override
        public void notHandled(String commandId, NotHandledException exception) {
        }
    };

    private Path pack;
    private ScenarioEditor editor;

    @BeforeEach
    void openMiddleOfACase() throws Exception {
        page.getWorkbenchWindow().getService(ICommandService.class).addExecutionListener(listener);
        pack = EssentialsCopy.into(folder.resolve("essentials"));
        editor = assertInstanceOf(ScenarioEditor.class, page.openEditor(
                new PathEditorInput(pack.resolve("ransomware-hospital.rogatory")), RogatoryEditor.EDITOR_ID));
        flush();
    }

    @AfterEach
    void stopListening() {
        page.getWorkbenchWindow().getService(ICommandService.class).removeExecutionListener(listener);
    }

    private DecisionPoint point(String id) {
        return scenario(editor).getDecisionPoints().stream().filter(p -> p.getId().equals(id)).findFirst()
                .orElseThrow();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
    }

    private void assertTrialOpenAt(String pointTitle) throws Exception {
        waitFor(() -> {
            IViewPart composer = page.findView(ACTION_COMPOSER_VIEW_ID);
            return page.getPerspective().getId().equals(TRAINEE_PERSPECTIVE_ID) && composer != null
                    && composer.getTitle().contains("Trial")
                    && ((org.eclipse.ui.part.ViewPart) composer).getContentDescription().contains(pointTitle);
        }, "the trial to open in the trainee's views");
        org.eclipse.ui.part.ViewPart composer = (org.eclipse.ui.part.ViewPart) page.findView(ACTION_COMPOSER_VIEW_ID);
        assertTrue(composer.getContentDescription().contains("reference path"), composer.getContentDescription());
    }

    @Test
    void testFromHereOnTheSelectedDecisionPointStartsATrialThere() throws Exception {
        DecisionPoint osterlund = point("dp-osterlund");
        editor.select(osterlund);
        flush();

        page.getWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand("org.rogatory.editor.commands.testFromHere", null);

        assertEquals(pack.resolve("ransomware-hospital.rogatory").toString(),
                trialParameters.get().get(TrialLauncher.FILE_PARAMETER));
        assertEquals("dp-osterlund", trialParameters.get().get(TrialLauncher.DECISION_POINT_PARAMETER));
        assertTrialOpenAt(osterlund.getTitle());
    }

    @Test
    void theScenarioMapsFocusedBoxIsWhereTestFromHereStarts() throws Exception {
        ScenarioMapView map = (ScenarioMapView) page.showView(RogatoryEditor.MAP_VIEW_ID);
        flush();
        DecisionPoint osterlund = point("dp-osterlund");
        map.setFocused(osterlund);
        page.activate(map);
        flush();

        page.getWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand("org.rogatory.editor.commands.testFromHere", null);

        assertEquals("dp-osterlund", trialParameters.get().get(TrialLauncher.DECISION_POINT_PARAMETER));
        assertTrialOpenAt(osterlund.getTitle());
    }

    @Test
    void theTreesMenuOffersTestFromHereOnlyInsideADecisionPoint() {
        Scenario scenario = scenario(editor);
        List<Action> onAction = TreeMenu.trialActions(editor, point("dp-path").getActions().get(0));
        assertTrue(onAction.get(0).isEnabled(), "an action is inside its decision point");
        assertTrue(onAction.get(0).getText().contains("Here"));
        List<Action> onScenario = TreeMenu.trialActions(editor, scenario);
        assertFalse(onScenario.get(0).isEnabled(), "the scenario itself is no decision point");
        assertTrue(onScenario.get(1).isEnabled(), "Test Scenario is always there");
    }
}
