package org.rogatory.editor.internal.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IWorkbenchWindow;
import org.rogatory.editor.internal.trial.TrialLauncher;
import org.rogatory.model.scenario.DecisionPoint;
import org.rogatory.model.scenario.Identified;
import org.rogatory.model.scenario.Scenario;

/**
 * The tree's context menu (also on Shift+F10): New Child, offering exactly the children the item providers allow
 * under the selected element (decision points, actions, consequences, timed events, feedback...), then Test from
 * Here and Test Scenario, then the edit actions.
 */
public final class TreeMenu {

    /** The editor's Test from Here command, so the menu shows its key. */
    private static final String TEST_FROM_HERE_COMMAND_ID = "org.rogatory.editor.commands.testFromHere"; //$NON-NLS-1$
    /** The editor's Test Scenario command, so the menu shows its key. */
    private static final String TEST_SCENARIO_COMMAND_ID = "org.rogatory.editor.commands.testScenario"; //$NON-NLS-1$

    private TreeMenu() {
    }

    static void install(ScenarioEditor editor, TreeViewer tree) {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> fill(editor, tree, manager));
        tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
    }

    private static void fill(ScenarioEditor editor, TreeViewer tree, IMenuManager manager) {
        IStructuredSelection selection = tree.getStructuredSelection();
        if (selection.size() == 1 && selection.getFirstElement() instanceof EObject owner) {
            MenuManager children = new MenuManager(Messages.Editor_newChild);
            for (Action action : newChildActions(editor, owner)) {
                children.add(action);
            }
            manager.add(children);
            manager.add(new Separator());
        }
        for (Action action : trialActions(editor, selection.getFirstElement())) {
            manager.add(action);
        }
        manager.add(new Separator());
        if (editor.getEditorSite().getActionBarContributor() instanceof ScenarioEditorContributor contributor) {
            contributor.getActions().fill(manager);
        }
    }

    /**
     * Test from Here (when {@code selected} is a decision point or inside one) and Test Scenario, for the tree's menu
     * and the map's.
     */
    public static List<Action> trialActions(ScenarioEditor editor, Object selected) {
        IWorkbenchWindow window = editor.getSite().getWorkbenchWindow();
        DecisionPoint point = TrialLauncher.pointOf(selected);
        Scenario scenario = TrialLauncher.scenarioOf(editor, selected instanceof EObject e ? e : null);
        Action fromHere = new Action(org.rogatory.editor.internal.trial.Messages.Trial_testFromHere) {
            @Override
            public void run() {
                TrialLauncher.launch(window, editor, scenario, point, null);
            }
        };
        fromHere.setEnabled(point != null);
        fromHere.setActionDefinitionId(TEST_FROM_HERE_COMMAND_ID);
        Action whole = new Action(org.rogatory.editor.internal.trial.Messages.Trial_testScenario) {
            @Override
            public void run() {
                TrialLauncher.launch(window, editor, scenario, null, null);
            }
        };
        whole.setEnabled(scenario != null);
        whole.setActionDefinitionId(TEST_SCENARIO_COMMAND_ID);
        return List.of(fromHere, whole);
    }

    /** One action per child the item provider of {@code owner} can create, each with a fresh id. */
    public static List<Action> newChildActions(ScenarioEditor editor, EObject owner) {
        Collection<?> descriptors = editor.getDocument().domain().getNewChildDescriptors(owner, null);
        return descriptors.stream().map(descriptor -> newChildAction(editor, owner, descriptor)).toList();
    }

    private static Action newChildAction(ScenarioEditor editor, EObject owner, Object descriptor) {
        Command command = CreateChildCommand.create(editor.getDocument().domain(), owner, descriptor, List.of(owner));
        String text = command instanceof CommandActionDelegate delegate ? delegate.getText() : command.getLabel();
        return new Action(text) {
            @Override
            public void run() {
                if (descriptor instanceof CommandParameter parameter && parameter.getValue() instanceof Identified child) {
                    FreshIds.assign(child, editor.getDocument().root());
                }
                if (command.canExecute()) {
                    editor.getDocument().domain().getCommandStack().execute(command);
                }
            }
        };
    }
}
