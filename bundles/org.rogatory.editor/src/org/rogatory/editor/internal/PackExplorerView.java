package org.rogatory.editor.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.rogatory.editor.internal.editor.ScenarioEditor;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Scenario;

/**
 * The files of the pack being edited: its manifest and one line per scenario, with titles. Open a line (double-click
 * or Enter) to show that file's root in the editor. Other packs are opened with File > Open Scenario. The context menu
 * exports the pack (archive or plug-in project), imports an archive, and tests the selected scenario.
 */
public class PackExplorerView extends EditorTrackingView {

    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(ColumnLabelProvider.createTextProvider(PackExplorerView::label));
        viewer.addOpenListener(event -> {
            Object chosen = viewer.getStructuredSelection().getFirstElement();
            if (chosen instanceof EObject root && editor() != null) {
                getSite().getPage().activate(editor());
                editor().select(root);
            }
        });
        // Export, import and test commands come from plugin.xml (popup:org.rogatory.editor.views.packExplorer).
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        getSite().setSelectionProvider(viewer);
        viewer.getTable().getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = Messages.PackExplorer_accessibleName;
            }
        });
        startTracking();
    }

    private static String label(Object element) {
        EObject root = (EObject) element;
        String file = root.eResource() == null ? "" : root.eResource().getURI().lastSegment(); //$NON-NLS-1$
        String title = root instanceof Pack pack ? pack.getTitle() : root instanceof Scenario s ? s.getTitle() : null;
        return title == null ? file : NLS.bind(Messages.PackExplorer_line, file, title);
    }

    @Override
    public void documentChanged(ScenarioEditor current) {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        if (current == null) {
            viewer.setInput(List.of());
            setContentDescription(Messages.PackExplorer_noPack);
            return;
        }
        viewer.setInput(current.getDocument().domain().getResourceSet().getResources().stream()
                .filter(r -> !r.getContents().isEmpty()).map(Resource::getContents).map(c -> c.get(0)).toList());
        setContentDescription(current.getDocument().file().getParent().toString());
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
