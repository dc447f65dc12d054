package org.rogatory.engine.packs;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.io.PackLayout;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.io.ScenarioLoader;

/**
 * One scenario pack that an installed plug-in contributes to the {@code org.rogatory.engine.packs} extension point.
 *
 * @param id the pack id the plug-in declares; it must match the id inside {@code pack.rogatory}
 * @param contributor the symbolic name of the plug-in
 * @param folder the pack's folder inside the plug-in
 * @param builtIn whether the pack ships with the product
 * @param source where the loader reads the pack's files
 */
public record PackContribution(String id, String contributor, String folder, boolean builtIn, PackSource source) {

    /**
     * Loads the pack and checks that it is the pack the plug-in declared.
     *
     * @param loader the loader to use
     * @return the loaded pack; not yet validated
     * @throws LoadException if a file cannot be read or parsed, a reference does not resolve, or the id inside
     *             {@code pack.rogatory} differs from the declared id
     */
    public LoadedPack load(ScenarioLoader loader) throws LoadException {
        LoadedPack pack = loader.loadPack(source);
        String actual = pack.pack().getId();
        if (!id.equals(actual)) {
            String file = source.describe(PackLayout.PACK_FILE);
            throw new LoadException(List.of(new LoadProblem(file, 1, 1,
                    NLS.bind(Messages.PackContribution_idMismatch, new Object[] { contributor, id, actual }),
                    NLS.bind(Messages.PackContribution_idMismatchHint, contributor))));
        }
        return pack;
    }

    /** Describes the contribution for messages: the pack id and the plug-in it comes from. */
    @Override
    public String toString() {
        return NLS.bind(Messages.PackContribution_describe, id, contributor);
    }
}
