package org.rogatory.model.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.rogatory.model.io.PackLayout;
import org.rogatory.model.io.PackSource;

/**
 * The only way the loader's resource set reaches any bytes. It claims every URI, serves {@code .rogatory} files that
 * lie inside the pack from the {@link PackSource}, and refuses everything else: web addresses, {@code file:} URIs,
 * {@code jar:} URLs, paths that climb out of the pack, and any attempt to write.
 */
public final class ConfinedUriHandler extends URIHandlerImpl {

    private final PackSource source;

    /**
     * Creates the handler.
     *
     * @param source where the pack's files come from
     */
    public ConfinedUriHandler(PackSource source) {
        this.source = source;
    }

    /** Claims every URI, so no other handler (and no network code) ever sees one. */
    @Override
    public boolean canHandle(URI uri) {
        return true;
    }

    /** Serves a pack file, or refuses with a reason the problem report can show. */
    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        Optional<String> path = PackPaths.pathOf(uri);
        if (path.isEmpty()) {
            throw refusal(uri);
        }
        if (!path.get().endsWith('.' + PackLayout.EXTENSION)) {
            throw new RefusedReadException(path.get(), Messages.Refused_notScenarioFile,
                    Messages.Refused_notScenarioFileHint);
        }
        return source.open(path.get());
    }

    /** Refuses: loading never writes. */
    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new RefusedReadException(uri.toString(), Messages.Refused_write, Messages.Refused_writeHint);
    }

    /** Refuses: loading never deletes. */
    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        throw new RefusedReadException(uri.toString(), Messages.Refused_write, Messages.Refused_writeHint);
    }

    /** Says nothing about any URI, so no content sniffing opens a stream behind the loader's back. */
    @Override
    public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) {
        return Collections.emptyMap();
    }

    /** Answers without touching anything. */
    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return false;
    }

    /** Answers without touching anything. */
    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return Collections.emptyMap();
    }

    /** Refuses: loading never changes files. */
    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
        throw new RefusedReadException(uri.toString(), Messages.Refused_write, Messages.Refused_writeHint);
    }

    static RefusedReadException refusal(URI uri) {
        if (PackPaths.SCHEME.equals(uri.scheme()) || "file".equals(uri.scheme())) { //$NON-NLS-1$
            return new RefusedReadException(uri.toString(), Messages.Refused_outsidePack,
                    Messages.Refused_outsidePackHint);
        }
        return new RefusedReadException(uri.toString(), Messages.Refused_network, Messages.Refused_networkHint);
    }
}
