package org.rogatory.ui.internal.treaty;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.rogatory.treaty.ArticleEntry;
import org.rogatory.treaty.ChapterEntry;

/** Names chapters and articles the way the Convention prints them: "Chapter V  ..." and "Art. 42  ...". */
final class ConventionLabelProvider extends LabelProvider {

    @Override
    public String getText(Object element) {
        if (element instanceof ChapterEntry chapter) {
            return NLS.bind(Messages.Browser_chapter, chapter.roman(), chapter.title());
        }
        if (element instanceof ArticleEntry article) {
            return NLS.bind(Messages.Browser_article, article.citation(), article.title());
        }
        return super.getText(element);
    }
}
