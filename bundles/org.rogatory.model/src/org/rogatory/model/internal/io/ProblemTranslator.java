package org.rogatory.model.internal.io;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.Labels;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.PackSource;
import org.xml.sax.SAXParseException;

/**
 * Turns the errors EMF and the parser record on a resource into {@link LoadProblem}s an author can act on: the file as
 * the author knows it, the line and column, what is wrong in the words of the scenario format, and a fix.
 */
final class ProblemTranslator {

    private final PackSource source;

    ProblemTranslator(PackSource source) {
        this.source = source;
    }

    String file(String location) {
        if (location == null) {
            return source.describe(""); //$NON-NLS-1$
        }
        return PackPaths.pathOf(URI.createURI(location)).map(source::describe).orElse(location);
    }

    LoadProblem translate(Resource.Diagnostic diagnostic) {
        String file = file(diagnostic.getLocation());
        int line = Math.max(diagnostic.getLine(), 0);
        int column = Math.max(diagnostic.getColumn(), 0);
        if (diagnostic instanceof DocumentProblem problem) {
            return new LoadProblem(file, line, column, problem.getMessage(), problem.getHint());
        }
        if (diagnostic instanceof XMIException exception) {
            Explanation text = describe(exception);
            return new LoadProblem(file, line, column, text.message(), text.hint());
        }
        Throwable cause = diagnostic instanceof WrappedException wrapped ? wrapped.getCause() : null;
        Explanation text = unreadable(cause, diagnostic.getMessage());
        return new LoadProblem(file, line, column, text.message(), text.hint());
    }

    /** Describes why a file could not be read at all; used for a file and for references into it. */
    static Explanation unreadable(Throwable cause, String fallback) {
        if (cause instanceof RefusedReadException refused) {
            return new Explanation(NLS.bind(Messages.Problem_refused, refused.getTarget(), refused.getMessage()),
                    refused.getHint());
        }
        if (cause instanceof NoSuchFileException missing) {
            return new Explanation(NLS.bind(Messages.Problem_missingFile, missing.getFile()),
                    Messages.Problem_missingFileHint);
        }
        String reason = cause instanceof IOException ? cause.getMessage() : fallback;
        return new Explanation(NLS.bind(Messages.Problem_unreadable, reason), Messages.Problem_unreadableHint);
    }

    private static Explanation describe(XMIException exception) {
        if (exception instanceof UnresolvedReferenceException e) {
            return new Explanation(
                    NLS.bind(Messages.Problem_unresolvedId,
                            new Object[] { Labels.of(e.getObject()), name(e.getFeature()), e.getReference() }),
                    NLS.bind(Messages.Problem_unresolvedIdHint, e.getReference()));
        }
        if (exception instanceof IllegalValueException e) {
            return illegalValue(e);
        }
        if (exception instanceof FeatureNotFoundException e) {
            return new Explanation(NLS.bind(Messages.Problem_unknownFeature, Labels.of(e.getObject()), e.getName()),
                    Messages.Problem_unknownFeatureHint);
        }
        if (exception instanceof ClassNotFoundException e) {
            return new Explanation(NLS.bind(Messages.Problem_unknownType, e.getName()),
                    Messages.Problem_unknownTypeHint);
        }
        if (exception instanceof PackageNotFoundException e) {
            return new Explanation(NLS.bind(Messages.Problem_unknownNamespace, e.uri()),
                    Messages.Problem_unknownNamespaceHint);
        }
        if (exception.getWrappedException() instanceof SAXParseException e) {
            return new Explanation(NLS.bind(Messages.Xml_notWellFormed, e.getMessage()),
                    Messages.Xml_notWellFormedHint);
        }
        return new Explanation(String.valueOf(exception.getMessage()), Messages.Problem_otherHint);
    }

    private static Explanation illegalValue(IllegalValueException e) {
        EStructuralFeature feature = e.getFeature();
        Object[] bindings = { Labels.of(e.getObject()), name(feature), e.getValue() };
        if (feature != null && feature.getEType() instanceof EEnum type) {
            String literals = type.getELiterals().stream().map(EEnumLiteral::getLiteral)
                    .collect(Collectors.joining(", ")); //$NON-NLS-1$
            return new Explanation(NLS.bind(Messages.Problem_illegalLiteral, bindings),
                    NLS.bind(Messages.Problem_illegalLiteralHint, type.getName(), literals));
        }
        String type = feature == null ? "" : feature.getEType().getName(); //$NON-NLS-1$
        return new Explanation(NLS.bind(Messages.Problem_illegalValue, bindings),
                NLS.bind(Messages.Problem_illegalValueHint, type));
    }

    private static String name(EStructuralFeature feature) {
        return feature == null ? "" : feature.getName(); //$NON-NLS-1$
    }
}
