package org.rogatory.editor.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rogatory.model.query.ScenarioQuery;
import org.rogatory.model.scenario.Identified;

/**
 * Ids for elements an author adds: every new, pasted or dropped copy gets an id that is unique in its file (the
 * scope of {@code uniqueIds}), shaped like {@code decisionPoint3}, so adding never creates a problem by itself.
 */
public final class FreshIds {

    private FreshIds() {
    }

    /** Gives {@code created} (not yet in the model) and its contents ids unused in {@code root}'s file. */
    public static void assign(EObject created, EObject root) {
        Set<String> used = ids(root);
        for (Identified element : ScenarioQuery.identifiedIn(created)) {
            if (element.getId() == null || element.getId().isEmpty() || used.contains(element.getId())) {
                element.setId(next(element, used));
            }
            used.add(element.getId());
        }
    }

    /**
     * Wraps a command that adds copies (paste, drag with copy): after it runs, copies whose ids clash with an element
     * already in the file are renamed; undo gives them their old ids back before the copies are removed.
     */
    public static Command renamingCopies(Command command, EObject root) {
        return new CommandWrapper(command) {
            private final List<Identified> renamed = new ArrayList<>();
            private final List<String> oldIds = new ArrayList<>();
            private final List<String> newIds = new ArrayList<>();

            @Override
            public void execute() {
                super.execute();
                rename(getResult());
            }

            private void rename(Collection<?> copies) {
                Set<EObject> fresh = new HashSet<>();
                for (Object copy : copies) {
                    if (copy instanceof EObject object) {
                        fresh.addAll(ScenarioQuery.identifiedIn(object));
                    }
                }
                Set<String> used = new HashSet<>();
                for (Identified element : ScenarioQuery.identifiedIn(EcoreUtil.getRootContainer(root))) {
                    if (!fresh.contains(element)) {
                        used.add(element.getId());
                    }
                }
                for (EObject object : fresh) {
                    Identified element = (Identified) object;
                    if (element.getId() == null || used.contains(element.getId())) {
                        renamed.add(element);
                        oldIds.add(element.getId());
                        element.setId(next(element, used));
                        newIds.add(element.getId());
                    }
                    used.add(element.getId());
                }
            }

            @Override
            public void undo() {
                for (int i = 0; i < renamed.size(); i++) {
                    renamed.get(i).setId(oldIds.get(i));
                }
                super.undo();
            }

            @Override
            public void redo() {
                super.redo();
                for (int i = 0; i < renamed.size(); i++) {
                    renamed.get(i).setId(newIds.get(i));
                }
            }
        };
    }

    private static Set<String> ids(EObject root) {
        Set<String> used = new HashSet<>();
        ScenarioQuery.identifiedIn(EcoreUtil.getRootContainer(root)).forEach(e -> used.add(e.getId()));
        return used;
    }

    private static String next(Identified element, Set<String> used) {
        String name = element.eClass().getName();
        String prefix = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        int number = 1;
        while (used.contains(prefix + number)) {
            number++;
        }
        return prefix + number;
    }
}
