package org.rogatory.editor.internal.editor;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.rogatory.editor.internal.jface.ItemLabelProvider;

/**
 * The editor tree's labels: the generated item providers name an element by its type and id ("Decision Point
 * dp-start"), which is what the validator's messages refer to; this adds what an author recognises it by, its title,
 * label, name or text ("Decision Point dp-start: The first morning").
 */
final class ScenarioLabelProvider extends ItemLabelProvider {

    /** The attributes that say what an element is, in the order they are looked for. */
    private static final List<String> CAPTIONS = List.of("title", "label", "name", "text"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final int MAX_CAPTION = 60;

    ScenarioLabelProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public String getText(Object element) {
        String text = super.getText(element);
        String caption = element instanceof EObject object ? caption(object) : null;
        return caption == null ? text : NLS.bind(Messages.Editor_label, text, caption);
    }

    private static String caption(EObject object) {
        for (String name : CAPTIONS) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
            if (feature instanceof EAttribute && !feature.isMany() && object.eGet(feature) instanceof String value
                    && !value.isBlank()) {
                String line = value.strip().lines().findFirst().orElse(""); //$NON-NLS-1$
                return line.length() > MAX_CAPTION ? line.substring(0, MAX_CAPTION - 1) + "\u2026" : line; //$NON-NLS-1$
            }
        }
        return null;
    }
}
