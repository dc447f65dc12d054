package org.rogatory.editor.internal.jface;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons from the EMF.Edit item providers, for any JFace viewer (the counterpart of
 * {@link ItemContentProvider}).
 */
public class ItemLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ItemImages images = new ItemImages();

    /** Creates a provider that asks {@code adapterFactory}'s item providers. */
    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = provider(element);
        return provider == null ? super.getText(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = provider(element);
        return provider == null ? null : images.get(provider.getImage(element));
    }

    private IItemLabelProvider provider(Object element) {
        Object adapter = element == null ? null : adapterFactory.adapt(element, IItemLabelProvider.class);
        return adapter instanceof IItemLabelProvider provider ? provider : null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
