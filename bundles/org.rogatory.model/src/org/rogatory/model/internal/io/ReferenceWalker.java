package org.rogatory.model.internal.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.InternalEList;
import org.rogatory.model.internal.validation.PerClass;
import org.rogatory.model.internal.validation.TreeWalk;

/**
 * Resolves every cross reference reachable from some files, loading the files they lead to, and collects the ones that
 * stay unresolved. Unlike {@code EcoreUtil.resolveAll} it can leave a feature alone (a single scenario does not need
 * its sibling scenarios) and it remembers which reference failed, so the problem names the file and line of the
 * {@code href}.
 *
 * <p>Files are walked in waves: the files asked for, then the files their references led to, and so on. The files of a
 * wave are walked on every core, but a reference is resolved there only when resolving it can only read: its file is
 * loaded, known to the resource set's map, and has the id in its complete id map. Any other reference (one that would
 * load a file, or that leads nowhere) is kept and resolved after the wave, one at a time, as before. What is resolved,
 * loaded and reported does not depend on this; only the order of the dangling references may, and their problems are
 * sorted by position.
 */
final class ReferenceWalker {

    private static final PerClass<EReference[]> CROSS_REFERENCES = new PerClass<>(t -> t.getEAllReferences().stream()
                .filter(r -> !r.isContainment() && !r.isContainer() && !r.isDerived() && !r.isTransient())
                .toArray(EReference[]::new));

    /** Waves of fewer files are walked on the calling thread, as files are read ({@link PackLoading#PARALLEL_FROM}). */
    private static final int PARALLEL_FROM = PackLoading.PARALLEL_FROM;

    private final Predicate<EReference> follow;
    private final List<DanglingReference> dangling = new ArrayList<>();

    ReferenceWalker(Predicate<EReference> follow) {
        this.follow = follow;
    }

    List<DanglingReference> walk(List<Resource> roots) {
        Set<Resource> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Resource> wave = new ArrayList<>();
        for (Resource root : roots) {
            if (seen.add(root)) {
                wave.add(root);
            }
        }
        while (!wave.isEmpty()) {
            List<FileWalk> walks = wave.stream().map(FileWalk::new).toList();
            if (walks.size() >= PARALLEL_FROM) {
                walks.parallelStream().forEach(FileWalk::walkReadOnly);
            } else {
                walks.forEach(FileWalk::walkReadOnly);
            }
            List<Resource> next = new ArrayList<>();
            for (FileWalk walk : walks) {
                walk.finish();
                dangling.addAll(walk.dangling);
                for (Resource reached : walk.reached) {
                    if (seen.add(reached)) {
                        next.add(reached);
                    }
                }
            }
            wave = next;
        }
        return dangling;
    }

    /** The walk of one file: what can be resolved by reading only, then the rest. */
    private final class FileWalk {

        private final Resource resource;
        private final List<Deferred> deferred = new ArrayList<>();
        private final List<DanglingReference> dangling = new ArrayList<>();
        private final List<Resource> reached = new ArrayList<>();
        private final Set<Resource> reachedOnce = Collections.newSetFromMap(new IdentityHashMap<>());
        private Resource lastReached;

        FileWalk(Resource resource) {
            this.resource = resource;
        }

        /** Resolves the references that only read, and keeps the others; may run beside other files' walks. */
        void walkReadOnly() {
            for (EObject root : resource.getContents()) {
                visit(root);
                TreeWalk.contents(root, this::visit);
            }
        }

        private void visit(EObject object) {
            for (EReference reference : crossReferences(object.eClass())) {
                // An unset reference leads nowhere; asking for its value would create an empty list and keep it in
                // the pack (about 450,000 of them in the benchmark pack).
                if (!follow.test(reference) || !object.eIsSet(reference)) {
                    continue;
                }
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    InternalEList<EObject> list = (InternalEList<EObject>) object.eGet(reference, false);
                    for (int i = 0; i < list.size(); i++) {
                        if (readOnly(list.basicGet(i))) {
                            check(object, reference, list.get(i));
                        } else {
                            deferred.add(new Deferred(object, reference, i));
                        }
                    }
                } else {
                    EObject raw = (EObject) object.eGet(reference, false);
                    if (raw == null) {
                        continue;
                    }
                    if (readOnly(raw)) {
                        check(object, reference, (EObject) object.eGet(reference, true));
                    } else {
                        deferred.add(new Deferred(object, reference, -1));
                    }
                }
            }
        }

        /** Resolves what was kept, one reference at a time; runs on one thread, after the wave. */
        void finish() {
            for (Deferred reference : deferred) {
                EObject target;
                if (reference.index < 0) {
                    target = (EObject) reference.owner.eGet(reference.reference, true);
                } else {
                    @SuppressWarnings("unchecked")
                    List<EObject> list = (List<EObject>) reference.owner.eGet(reference.reference, true);
                    target = list.get(reference.index);
                }
                if (target != null) {
                    check(reference.owner, reference.reference, target);
                }
            }
            deferred.clear();
        }

        private void check(EObject object, EReference reference, EObject target) {
            if (target.eIsProxy()) {
                dangling.add(new DanglingReference(object, reference, target));
            } else {
                Resource file = target.eResource();
                // Most references lead to the same few files; each is noted once.
                if (file != null && file != resource && file != lastReached) {
                    lastReached = file;
                    if (reachedOnce.add(file)) {
                        reached.add(file);
                    }
                }
            }
        }

        /** Whether getting this value resolves nothing, or resolves it by reading maps that nothing writes to now. */
        private boolean readOnly(EObject value) {
            if (!value.eIsProxy()) {
                return true;
            }
            URI uri = ((InternalEObject) value).eProxyURI();
            ResourceSet set = resource.getResourceSet();
            if (uri == null || set == null || uri.fragment() == null) {
                return false;
            }
            Map<URI, Resource> byUri = set instanceof ResourceSetImpl impl ? impl.getURIResourceMap() : null;
            Resource file = byUri == null ? null : byUri.get(uri.trimFragment());
            return file instanceof RogatoryResource target && target.isLoaded() && target.idsComplete()
                    && target.getIntrinsicIDToEObjectMap().get(uri.fragment()) != null;
        }
    }

    private record Deferred(EObject owner, EReference reference, int index) {
    }

    /** The references of a class that a walk may follow, in the class's order, found once per class. */
    private static EReference[] crossReferences(EClass type) {
        return CROSS_REFERENCES.of(type);
    }
}
