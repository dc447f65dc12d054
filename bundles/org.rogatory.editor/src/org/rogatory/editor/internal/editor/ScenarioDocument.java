package org.rogatory.editor.internal.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackLayout;
import org.rogatory.model.io.PackWriter;
import org.rogatory.model.io.ScenarioLoader;
import org.rogatory.model.scenario.provider.ScenarioItemProviderAdapterFactory;

/**
 * One pack opened for editing: what Rogatory's safe loader read (never EMF's default resource set, so hostile XML stays
 * refused), the editing domain whose command stack gives undo and redo, and the file the author opened.
 *
 * <p>The whole pack folder is loaded even when one scenario file is opened, because a scenario refers to the pack's
 * cast and rubrics; saving writes the whole pack back with {@link PackWriter}, so files are always written the way the
 * loader reads them.
 */
public final class ScenarioDocument {

    private final Path file;
    private final LoadedPack loaded;
    private final EObject root;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;

    private ScenarioDocument(Path file, LoadedPack loaded, EObject root) {
        this.file = file;
        this.loaded = loaded;
        this.root = root;
        adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ScenarioItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(),
                loaded.pack().eResource().getResourceSet());
    }

    /**
     * Loads the pack that holds {@code file} (a {@code pack.rogatory} or a scenario file).
     *
     * @throws LoadException with every problem the loader found, for the editor to show
     */
    public static ScenarioDocument open(Path file) throws LoadException {
        Path absolute = file.toAbsolutePath().normalize();
        LoadedPack loaded = new ScenarioLoader().loadPack(absolute.getParent());
        String name = absolute.getFileName().toString();
        EObject root = loaded.pack();
        if (!PackLayout.PACK_FILE.equals(name)) {
            for (Resource resource : loaded.pack().eResource().getResourceSet().getResources()) {
                if (name.equals(resource.getURI().lastSegment()) && !resource.getContents().isEmpty()) {
                    root = resource.getContents().get(0);
                }
            }
        }
        return new ScenarioDocument(absolute, loaded, root);
    }

    /** Writes the whole pack back to its folder and marks the current state as saved. */
    public void save() throws IOException {
        PackWriter.write(loaded.pack(), file.getParent());
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
    }

    /** Whether there are changes since loading or the last save (undoing back to it counts as clean). */
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    public Path file() {
        return file;
    }

    public LoadedPack loaded() {
        return loaded;
    }

    /** The root of the opened file: the {@code Pack} or a {@code Scenario}. */
    public EObject root() {
        return root;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** Releases the item providers; the model itself is garbage once the editor is gone. */
    public void dispose() {
        adapterFactory.dispose();
    }
}
