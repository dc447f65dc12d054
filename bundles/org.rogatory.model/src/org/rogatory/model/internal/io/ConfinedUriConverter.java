package org.rogatory.model.internal.io;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.rogatory.model.io.PackSource;

/**
 * A URI converter with exactly one handler, {@link ConfinedUriHandler}, and no URI mappings: the global mapping
 * registry could otherwise redirect a harmless-looking URI to somewhere else.
 */
public final class ConfinedUriConverter extends ExtensibleURIConverterImpl {

    /**
     * Creates the converter.
     *
     * @param source where the pack's files come from
     */
    public ConfinedUriConverter(PackSource source) {
        super(List.of(new ConfinedUriHandler(source)), List.of());
    }

    /** Leaves URIs as they are: no global mappings, no conversion of scheme-less URIs to files. */
    @Override
    public URI normalize(URI uri) {
        return uri;
    }
}
