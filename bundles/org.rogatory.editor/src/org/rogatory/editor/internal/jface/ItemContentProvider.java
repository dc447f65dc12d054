package org.rogatory.editor.internal.jface;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * Shows a model through its EMF.Edit item providers in a JFace tree, and keeps the tree in step with the model.
 *
 * <p>EMF's own JFace adapters live in {@code org.eclipse.emf.edit.ui}, which is not published as a Maven artifact, so
 * Rogatory adapts the item providers itself. An input that is a {@link Resource} shows its contents; any other input
 * is asked for its elements through its item provider; a {@link ResourceSet} shows the roots of all its resources (a
 * pack and its scenarios side by side).
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = {};

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    /** Creates a provider over {@code adapterFactory}, listening to it when it can tell about changes. */
    public ItemContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        if (input instanceof ResourceSet resources) {
            return resources.getResources().stream().flatMap(r -> r.getContents().stream()).toArray();
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = provider(parent);
        return provider == null ? NONE : provider.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = provider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = provider(element);
        return provider != null && provider.hasChildren(element);
    }

    private ITreeItemContentProvider provider(Object element) {
        Object adapter = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return adapter instanceof ITreeItemContentProvider provider ? provider : null;
    }

    /** Refreshes what the item providers say changed; a change made off the UI thread is shown on it. */
    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null || target.getControl() == null || target.getControl().isDisposed()) {
            return;
        }
        Runnable refresh = () -> refresh(target, notification);
        if (Display.getCurrent() == target.getControl().getDisplay()) {
            refresh.run();
        } else {
            target.getControl().getDisplay().asyncExec(refresh);
        }
    }

    private static void refresh(StructuredViewer target, Notification notification) {
        if (target.getControl().isDisposed()) {
            return;
        }
        if (!(notification instanceof IViewerNotification change) || change.getElement() == null) {
            target.refresh();
        } else if (change.isContentRefresh()) {
            target.refresh(change.getElement(), change.isLabelUpdate());
        } else if (change.isLabelUpdate()) {
            target.update(change.getElement(), null);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }
}
