package org.rogatory.model.internal.io;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.Labels;
import org.rogatory.model.io.LoadProblem;
import org.rogatory.model.io.PackLayout;

/**
 * Explains a reference that stayed unresolved, at the line of the {@code href} that made it: the target is outside the
 * pack or on the network (refused), the file does not exist, it is not a scenario file, or the file has no element
 * with that id. A reference into a file that has errors of its own is not reported again; the file's errors are.
 */
final class DanglingReferenceReport {

    private final ProblemTranslator translator;
    private final ResourceSet resourceSet;

    DanglingReferenceReport(ProblemTranslator translator, ResourceSet resourceSet) {
        this.translator = translator;
        this.resourceSet = resourceSet;
    }

    Optional<LoadProblem> explain(DanglingReference dangling) {
        URI target = ((InternalEObject) dangling.proxy()).eProxyURI();
        Resource owner = dangling.owner().eResource();
        SourcePositions.Position position = position(owner, dangling.proxy())
                .or(() -> position(owner, dangling.owner())).orElse(new SourcePositions.Position(0, 0, null));
        String written = position.literal() != null ? position.literal() : target.toString();
        Object[] who = { Labels.of(dangling.owner()), dangling.reference().getName(), written };
        Optional<Explanation> text = describe(target, who);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String file = translator.file(owner == null ? null : owner.getURI().toString());
        return Optional.of(new LoadProblem(file, position.line(), position.column(), text.get().message(),
                text.get().hint()));
    }

    private Optional<Explanation> describe(URI target, Object[] who) {
        Optional<String> path = PackPaths.pathOf(target.trimFragment());
        if (path.isEmpty()) {
            RefusedReadException refused = ConfinedUriHandler.refusal(target);
            String message = NLS.bind(Messages.Reference_refused, append(who, refused.getMessage()));
            return Optional.of(new Explanation(message, refused.getHint()));
        }
        if (!path.get().endsWith('.' + PackLayout.EXTENSION)) {
            String message = NLS.bind(Messages.Reference_notScenarioFile, who);
            return Optional.of(new Explanation(message, Messages.Refused_notScenarioFileHint));
        }
        Resource resource = resourceSet.getResource(target.trimFragment(), false);
        if (resource == null || resource.getErrors().isEmpty()) {
            String message = NLS.bind(Messages.Reference_noSuchId, append(who, path.get(), target.fragment()));
            return Optional.of(new Explanation(message, NLS.bind(Messages.Reference_noSuchIdHint, path.get())));
        }
        Resource.Diagnostic first = resource.getErrors().get(0);
        if (first instanceof WrappedException wrapped) {
            Explanation reason = ProblemTranslator.unreadable(wrapped.getCause(), first.getMessage());
            String message = NLS.bind(Messages.Reference_unreadable, append(who, reason.message()));
            return Optional.of(new Explanation(message, reason.hint()));
        }
        return Optional.empty();
    }

    private static Optional<SourcePositions.Position> position(Resource resource, EObject object) {
        if (resource instanceof RogatoryResource rogatory) {
            return rogatory.positions().of(object);
        }
        return Optional.empty();
    }

    private static Object[] append(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
