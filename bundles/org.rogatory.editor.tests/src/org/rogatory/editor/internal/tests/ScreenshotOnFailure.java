package org.rogatory.editor.internal.tests;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves a picture of the screen when a UI test fails, so that a red build on a machine nobody watches still shows
 * what the trainee would have seen. Pictures go to {@code target/screenshots/} of the test bundle.
 */
public class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Display display = Display.getCurrent();
        if (display == null || display.isDisposed()) {
            return;
        }
        File folder = new File(System.getProperty("rogatory.screenshots", "target/screenshots"));
        folder.mkdirs();
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName().replaceAll("\\W+", "_");
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(new File(folder, name + ".png").getPath(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
