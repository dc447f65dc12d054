package org.rogatory.treaty.internal.load;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.rogatory.treaty.KnowledgeBaseException;
import org.rogatory.treaty.model.Convention;
import org.xml.sax.SAXParseException;

/**
 * Reads {@code convention.xmi} into an immutable index: secure parsing, then the integrity checks, then the
 * conversion to API values. The EMF objects are dropped afterwards, so nothing mutable escapes.
 */
public final class KnowledgeBaseLoader {

    private KnowledgeBaseLoader() {
    }

    /**
     * Loads and checks the knowledge base.
     *
     * @param in the file's content; not closed here
     * @param uri the file's URI, used by the parser as its system id
     * @param source the file as people should read it in an error message
     * @return the index
     * @throws org.rogatory.treaty.KnowledgeBaseException if the file is unreadable or broken
     */
    public static KnowledgeIndex load(InputStream in, URI uri, String source) {
        SecureXmiResource resource = new SecureXmiResource(uri);
        try {
            resource.load(in, SecureXmiResource.loadOptions());
        } catch (IOException | RuntimeException e) {
            throw parseError(resource, e, source);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Convention)) {
            throw new KnowledgeBaseException(NLS.bind(Messages.Load_noLine, source, Messages.Load_notConvention),
                    source, 0, null);
        }
        Convention convention = (Convention) resource.getContents().get(0);
        new DataIntegrity(resource, source).check(convention);
        return IndexBuilder.build(convention);
    }

    private static KnowledgeBaseException parseError(Resource resource, Exception e, String source) {
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            return at(source, first.getLine(), first.getColumn(), first.getMessage(), e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException p) {
                return at(source, p.getLineNumber(), p.getColumnNumber(), p.getMessage(), e);
            }
        }
        String reason = NLS.bind(Messages.Load_unreadable, String.valueOf(e.getMessage()));
        return new KnowledgeBaseException(NLS.bind(Messages.Load_noLine, source, reason), source, 0, e);
    }

    private static KnowledgeBaseException at(String source, int line, int column, String problem, Exception e) {
        String message = NLS.bind(Messages.Load_atLineColumn,
                new Object[] { source, Integer.toString(line), Integer.toString(column), problem });
        return new KnowledgeBaseException(message, source, Math.max(line, 0), e);
    }
}
