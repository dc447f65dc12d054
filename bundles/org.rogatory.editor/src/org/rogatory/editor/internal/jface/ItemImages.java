package org.rogatory.editor.internal.jface;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the image objects item providers return (a {@link URL} to a generated icon, or a {@link ComposedImage} that
 * overlays several) into SWT images, created once and disposed with their owner. An overlay is shown as its base icon.
 */
final class ItemImages {

    private final Map<Object, Image> cache = new HashMap<>();

    Image get(Object key) {
        Object base = key;
        if (base instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            base = parts.isEmpty() ? null : parts.get(0);
        }
        if (!(base instanceof URL url)) {
            return null;
        }
        return cache.computeIfAbsent(url.toString(), k -> ImageDescriptor.createFromURL(url).createImage(false));
    }

    void dispose() {
        cache.values().stream().filter(image -> image != null).forEach(Image::dispose);
        cache.clear();
    }
}
