package org.rogatory.model.internal.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Resolves every cross reference reachable from some files, loading the files they lead to, and collects the ones that
 * stay unresolved. Unlike {@code EcoreUtil.resolveAll} it can leave a feature alone (a single scenario does not need
 * its sibling scenarios) and it remembers which reference failed, so the problem names the file and line of the
 * {@code href}.
 */
final class ReferenceWalker {

    private static final Map<EClass, EReference[]> CROSS_REFERENCES = new ConcurrentHashMap<>();

    private final Predicate<EReference> follow;
    private final List<DanglingReference> dangling = new ArrayList<>();

    ReferenceWalker(Predicate<EReference> follow) {
        this.follow = follow;
    }

    List<DanglingReference> walk(List<Resource> roots) {
        Deque<Resource> todo = new ArrayDeque<>(roots);
        Set<Resource> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Resource resource = todo.poll();
            if (seen.add(resource)) {
                for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                    visit(it.next(), resource, todo);
                }
            }
        }
        return dangling;
    }

    private void visit(EObject object, Resource resource, Deque<Resource> todo) {
        for (EReference reference : crossReferences(object.eClass())) {
            // An unset reference leads nowhere; asking for its value would create an empty list and keep it in the
            // pack (about 450,000 of them in the benchmark pack).
            if (!follow.test(reference) || !object.eIsSet(reference)) {
                continue;
            }
            if (reference.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) object.eGet(reference, true);
                for (int i = 0; i < list.size(); i++) {
                    check(object, reference, list.get(i), resource, todo);
                }
            } else {
                EObject target = (EObject) object.eGet(reference, true);
                if (target != null) {
                    check(object, reference, target, resource, todo);
                }
            }
        }
    }

    private void check(EObject object, EReference reference, EObject target, Resource resource,
            Deque<Resource> todo) {
        if (target.eIsProxy()) {
            dangling.add(new DanglingReference(object, reference, target));
        } else if (target.eResource() != null && target.eResource() != resource) {
            todo.add(target.eResource());
        }
    }

    /** The references of a class that a walk may follow, in the class's order, found once per class. */
    private static EReference[] crossReferences(EClass type) {
        return CROSS_REFERENCES.computeIfAbsent(type, t -> t.getEAllReferences().stream()
                .filter(r -> !r.isContainment() && !r.isContainer() && !r.isDerived() && !r.isTransient())
                .toArray(EReference[]::new));
    }
}
