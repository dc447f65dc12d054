package org.rogatory.ui.internal.treaty;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.rogatory.treaty.ArticleEntry;
import org.rogatory.treaty.ChapterEntry;
import org.rogatory.treaty.ConventionKnowledgeBase;

/**
 * The Convention as a tree: chapters at the top, their articles below. It knows each article's chapter, so the viewer
 * can reveal an article whose chapter is still collapsed.
 */
final class ConventionContentProvider implements ITreeContentProvider {

    private ConventionKnowledgeBase knowledgeBase;

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        knowledgeBase = newInput instanceof ConventionKnowledgeBase kb ? kb : null;
    }

    @Override
    public Object[] getElements(Object input) {
        return knowledgeBase == null ? new Object[0] : knowledgeBase.chapters().toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (knowledgeBase != null && parent instanceof ChapterEntry chapter) {
            return knowledgeBase.articlesOf(chapter).toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        if (knowledgeBase != null && element instanceof ArticleEntry article) {
            return knowledgeBase.chapterOf(article.number()).orElse(null);
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof ChapterEntry;
    }
}
