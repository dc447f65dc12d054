package org.rogatory.model.internal.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.EList;
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
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                    || reference.isTransient() || !follow.test(reference)) {
                continue;
            }
            for (EObject target : targets(object, reference)) {
                if (target.eIsProxy()) {
                    dangling.add(new DanglingReference(object, reference, target));
                } else if (target.eResource() != null && target.eResource() != resource) {
                    todo.add(target.eResource());
                }
            }
        }
    }

    private static List<EObject> targets(EObject object, EReference reference) {
        if (!reference.isMany()) {
            EObject target = (EObject) object.eGet(reference, true);
            return target == null ? List.of() : List.of(target);
        }
        @SuppressWarnings("unchecked")
        EList<EObject> list = (EList<EObject>) object.eGet(reference, true);
        List<EObject> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            result.add(list.get(i));
        }
        return result;
    }
}
