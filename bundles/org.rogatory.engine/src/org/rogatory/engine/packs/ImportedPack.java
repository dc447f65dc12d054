package org.rogatory.engine.packs;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackLayout;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.io.ScenarioLoader;

/**
 * A pack installed from an archive: a folder named after the pack id in a folder of imported packs. The workbench
 * lists it beside the packs that plug-ins contribute.
 *
 * @param id the pack id, which is also the folder's name
 * @param folder the pack folder
 * @param source where the loader reads the pack's files
 */
public record ImportedPack(String id, Path folder, PackSource source) {

    /**
     * Loads the pack and checks that it is the pack its folder is named after.
     *
     * @param loader the loader to use
     * @return the loaded pack; not yet validated
     * @throws LoadException if the pack does not load, or its id differs from the folder's name
     */
    public LoadedPack load(ScenarioLoader loader) throws LoadException {
        LoadedPack pack = loader.loadPack(source);
        if (!id.equals(pack.pack().getId())) {
            throw new LoadException(List.of(new LoadProblem(source.describe(PackLayout.PACK_FILE), 1, 1,
                    NLS.bind(Messages.ImportedPack_idMismatch, id, pack.pack().getId()),
                    Messages.ImportedPack_idMismatchHint)));
        }
        return pack;
    }

    /** Describes the pack for messages: its id and folder. */
    @Override
    public String toString() {
        return NLS.bind(Messages.ImportedPack_describe, id, folder);
    }
}
