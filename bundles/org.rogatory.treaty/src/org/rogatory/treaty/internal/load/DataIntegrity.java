package org.rogatory.treaty.internal.load;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;
import org.rogatory.treaty.DeclarationTopics;
import org.rogatory.treaty.KnowledgeBaseException;
import org.rogatory.treaty.internal.citation.ParagraphLabels;
import org.rogatory.treaty.model.Article;
import org.rogatory.treaty.model.Chapter;
import org.rogatory.treaty.model.Convention;
import org.rogatory.treaty.model.Fact;
import org.rogatory.treaty.model.FactKind;
import org.rogatory.treaty.model.Provision;
import org.rogatory.treaty.model.RefusalGround;
import org.rogatory.treaty.model.TreatyPackage;

/**
 * Checks what the API relies on before the data is used: the model's own constraints (required statuses, unique keys,
 * resolved references) and the invariants that lookups assume (one article per number, articles inside their
 * chapter, labels that start with their article number, the facts and topics the rules name). A failure names the
 * file and the line of the offending item.
 */
final class DataIntegrity {

    private final SecureXmiResource resource;
    private final String source;

    DataIntegrity(SecureXmiResource resource, String source) {
        this.resource = resource;
        this.source = source;
    }

    void check(Convention convention) {
        checkModelConstraints(convention);
        checkArticles(convention);
        for (String key : FactKeys.thresholds()) {
            requireFact(convention, key,
                    f -> f.getKind() == FactKind.THRESHOLD && f.isSetQuantity() && f.getArticle() != null);
        }
        for (String key : FactKeys.rules()) {
            requireFact(convention, key, f -> f.getKind() == FactKind.RULE && f.getArticle() != null);
        }
        for (String key : DeclarationTopics.builtIn()) {
            if (convention.getDeclarationTopics().stream().noneMatch(t -> key.equals(t.getKey()))) {
                throw fail(convention, NLS.bind(Messages.Integrity_missingTopic, key));
            }
        }
        for (RefusalGround ground : convention.getRefusalGrounds()) {
            if (ground.isRequiresReservation() != (ground.getDeclarationTopic() != null)) {
                throw fail(ground, NLS.bind(Messages.Integrity_reservationTopic, ground.getKey()));
            }
        }
    }

    private void checkModelConstraints(Convention convention) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(TreatyPackage.eINSTANCE, new EObjectValidator());
        Diagnostic result = new Diagnostician(registry).validate(convention);
        if (result.getSeverity() >= Diagnostic.ERROR) {
            Diagnostic first = firstError(result);
            Object data = first.getData().isEmpty() ? convention : first.getData().get(0);
            throw fail(data instanceof EObject object ? object : convention, first.getMessage());
        }
    }

    private static Diagnostic firstError(Diagnostic diagnostic) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() >= Diagnostic.ERROR) {
                return firstError(child);
            }
        }
        return diagnostic;
    }

    private void checkArticles(Convention convention) {
        Set<Integer> seen = new HashSet<>();
        for (Chapter chapter : convention.getChapters()) {
            for (Article article : chapter.getArticles()) {
                int number = article.getNumber();
                if (!seen.add(Integer.valueOf(number))) {
                    throw fail(article, NLS.bind(Messages.Integrity_duplicateArticle, Integer.toString(number)));
                }
                if (number < chapter.getFirstArticle() || number > chapter.getLastArticle()) {
                    throw fail(article, NLS.bind(Messages.Integrity_articleOutsideChapter, new Object[] {
                            Integer.toString(number), chapter.getRoman(), Integer.toString(chapter.getFirstArticle()),
                            Integer.toString(chapter.getLastArticle()) }));
                }
                checkLabels(article);
            }
        }
    }

    private void checkLabels(Article article) {
        for (Provision provision : article.getProvisions()) {
            String label = provision.getParagraph();
            if (label != null && !label.isEmpty() && !ParagraphLabels.belongsTo(label, article.getNumber())) {
                throw fail(provision, NLS.bind(Messages.Integrity_label,
                        new Object[] { provision.getKey(), label, Integer.toString(article.getNumber()) }));
            }
        }
    }

    private void requireFact(Convention convention, String key, Predicate<Fact> wellFormed) {
        Fact fact = convention.getFacts().stream().filter(f -> key.equals(f.getKey())).findFirst().orElse(null);
        if (fact == null || !wellFormed.test(fact)) {
            throw fail(fact == null ? convention : fact, NLS.bind(Messages.Integrity_missingFact, key));
        }
        if (fact.getKind() == FactKind.THRESHOLD && FactEntries.period(fact).isEmpty()) {
            throw fail(fact, NLS.bind(Messages.Integrity_thresholdUnit, key, String.valueOf(fact.getUnit())));
        }
    }

    private KnowledgeBaseException fail(EObject object, String problem) {
        int line = resource.lineOf(object);
        String message = line > 0 ? NLS.bind(Messages.Load_atLine, new Object[] { source, Integer.toString(line), problem })
                : NLS.bind(Messages.Load_noLine, source, problem);
        return new KnowledgeBaseException(message, source, line, null);
    }
}
