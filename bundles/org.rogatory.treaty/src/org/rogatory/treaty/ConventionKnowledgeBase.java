package org.rogatory.treaty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;
import org.rogatory.treaty.internal.load.BundledData;
import org.rogatory.treaty.internal.load.KnowledgeBaseLoader;
import org.rogatory.treaty.internal.load.KnowledgeIndex;

/**
 * The Convention knowledge base: articles, provisions, instruments, channels, refusal grounds, facts and thresholds,
 * each with its citation and verification status. It is loaded once from the data file, then never changes, so any
 * number of threads may read it without locking; every value it returns is immutable.
 * <p>
 * Use {@link #bundled()} for the data shipped in this bundle, or {@link #load(Path)} for a file being reviewed.
 */
public final class ConventionKnowledgeBase {

    private static final Object LOCK = new Object();
    private static volatile ConventionKnowledgeBase bundled;

    private final KnowledgeIndex index;

    private ConventionKnowledgeBase(KnowledgeIndex index) {
        this.index = index;
    }

    /**
     * The knowledge base shipped in this bundle, loaded on first use and shared afterwards, because it is the same for
     * every session and loading costs a parse.
     *
     * @return the shared knowledge base
     * @throws KnowledgeBaseException if the shipped data is missing or broken
     */
    public static ConventionKnowledgeBase bundled() {
        ConventionKnowledgeBase result = bundled;
        if (result == null) {
            synchronized (LOCK) {
                result = bundled;
                if (result == null) {
                    result = new ConventionKnowledgeBase(BundledData.load());
                    bundled = result;
                }
            }
        }
        return result;
    }

    /**
     * Loads a knowledge base file, for reviewing an edited data file or running outside the bundle.
     *
     * @param file the {@code convention.xmi} to read
     * @return the knowledge base
     * @throws KnowledgeBaseException if the file is unreadable or broken; the message names the file and line
     */
    public static ConventionKnowledgeBase load(Path file) {
        String name = file.toAbsolutePath().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, URI.createFileURI(name), name);
        } catch (IOException e) {
            throw new KnowledgeBaseException(NLS.bind(Messages.KnowledgeBase_renderedAt, name, e.toString()), name, 0,
                    e);
        }
    }

    /**
     * Loads a knowledge base from a stream, for data that does not live in a file (tests, tools).
     *
     * @param in the content; not closed
     * @param sourceName how error messages name the data
     * @return the knowledge base
     * @throws KnowledgeBaseException if the content is broken
     */
    public static ConventionKnowledgeBase load(InputStream in, String sourceName) {
        return load(in, URI.createURI("memory:/convention.xmi"), sourceName); //$NON-NLS-1$
    }

    private static ConventionKnowledgeBase load(InputStream in, URI uri, String sourceName) {
        return new ConventionKnowledgeBase(KnowledgeBaseLoader.load(in, uri, sourceName));
    }

    /**
     * The Convention's title, for headers and the About text.
     *
     * @return the title
     */
    public String title() {
        return index.title();
    }

    /**
     * The number of articles the data claims (68), so checks can compare it with the articles present.
     *
     * @return the declared number of articles
     */
    public int declaredArticleCount() {
        return index.declaredArticleCount();
    }

    /**
     * The number of chapters the data claims (9).
     *
     * @return the declared number of chapters
     */
    public int declaredChapterCount() {
        return index.declaredChapterCount();
    }

    /**
     * The chapters in order, for the article browser.
     *
     * @return the chapters
     */
    public List<ChapterEntry> chapters() {
        return index.chapters();
    }

    /**
     * The articles in order, for the article browser and checks.
     *
     * @return the articles
     */
    public List<ArticleEntry> articles() {
        return List.copyOf(index.articles().values());
    }

    /**
     * An article by number, the way authors and trainees refer to it.
     *
     * @param number the article number
     * @return the article, or empty if the Convention has no such article
     */
    public Optional<ArticleEntry> article(int number) {
        return Optional.ofNullable(index.articles().get(Integer.valueOf(number)));
    }

    /**
     * The chapter that holds an article, for grouping and for breadcrumbs.
     *
     * @param article the article number
     * @return the chapter, or empty if the article does not exist
     */
    public Optional<ChapterEntry> chapterOf(int article) {
        return article(article).flatMap(a -> index.chapters().stream().filter(c -> c.number() == a.chapter())
                .findFirst());
    }

    /**
     * The provisions of an article, in data order.
     *
     * @param article the article number
     * @return the provisions, empty when the article has none recorded or does not exist
     */
    public List<ProvisionEntry> provisions(int article) {
        return article(article).map(ArticleEntry::provisions).orElse(List.of());
    }

    /**
     * Every provision of every article, for checks that must cover all of them.
     *
     * @return the provisions
     */
    public List<ProvisionEntry> allProvisions() {
        return List.copyOf(index.provisions().values());
    }

    /**
     * A provision by its stable key, the way the data and the engine refer to it.
     *
     * @param key the key, such as {@code a2-serious-crime}
     * @return the provision, or empty
     */
    public Optional<ProvisionEntry> provision(String key) {
        return Optional.ofNullable(index.provisions().get(key));
    }

    /**
     * The provisions recorded under a paragraph label, such as {@code "2(h)"}. A label that covers several
     * paragraphs ("23(2)(b),(c)") is found under each of them. Two provisions can share a label.
     *
     * @param label an article number with its paragraph part
     * @return the provisions, possibly none
     */
    public List<ProvisionEntry> provisionsLabelled(String label) {
        return index.provisionsByParagraph().getOrDefault(label, List.of());
    }

    /**
     * The instruments in data order.
     *
     * @return the instruments
     */
    public List<InstrumentEntry> instruments() {
        return List.copyOf(index.instruments().values());
    }

    /**
     * An instrument by key, such as {@code international-preservation} or {@code mla-request}.
     *
     * @param key the key
     * @return the instrument, or empty
     */
    public Optional<InstrumentEntry> instrument(String key) {
        return Optional.ofNullable(index.instruments().get(key));
    }

    /**
     * An instrument by key, for callers that hold a key from the data or from {@link ScenarioVocabulary}.
     *
     * @param key the key
     * @return the instrument
     * @throws IllegalArgumentException if there is no such instrument
     */
    public InstrumentEntry requireInstrument(String key) {
        return instrument(key).orElseThrow(
                () -> new IllegalArgumentException(NLS.bind(Messages.KnowledgeBase_unknownInstrument, key)));
    }

    /**
     * The instrument an action of the scenario format is judged as.
     *
     * @param literal the action's instrument literal
     * @return the instrument, or empty for literals that have none on purpose
     */
    public Optional<InstrumentEntry> instrument(org.rogatory.model.scenario.Instrument literal) {
        return ScenarioVocabulary.instrumentKey(literal).flatMap(this::instrument);
    }

    /**
     * The channels in data order.
     *
     * @return the channels
     */
    public List<ChannelEntry> channels() {
        return List.copyOf(index.channels().values());
    }

    /**
     * A channel by key, such as {@code central-authority}.
     *
     * @param key the key
     * @return the channel, or empty
     */
    public Optional<ChannelEntry> channel(String key) {
        return Optional.ofNullable(index.channels().get(key));
    }

    /**
     * The refusal grounds in data order, for pack validators that check ground keys.
     *
     * @return the grounds
     */
    public List<RefusalGroundEntry> refusalGrounds() {
        return List.copyOf(index.refusalGrounds().values());
    }

    /**
     * A refusal ground by key, such as {@code essential-interests}.
     *
     * @param key the key
     * @return the ground, or empty
     */
    public Optional<RefusalGroundEntry> refusalGround(String key) {
        return Optional.ofNullable(index.refusalGrounds().get(key));
    }

    /**
     * The facts in data order.
     *
     * @return the facts
     */
    public List<FactEntry> facts() {
        return List.copyOf(index.facts().values());
    }

    /**
     * A fact by key, such as {@code dual-criminality-by-conduct}.
     *
     * @param key the key
     * @return the fact, or empty
     */
    public Optional<FactEntry> fact(String key) {
        return Optional.ofNullable(index.facts().get(key));
    }

    /**
     * The thresholds the engine compares with, typed and cited.
     *
     * @return the thresholds
     */
    public Thresholds thresholds() {
        return index.thresholds();
    }

    /**
     * The declaration topics, the vocabulary of {@code Declaration.topic} in scenario packs.
     *
     * @return the topics
     */
    public List<DeclarationTopicEntry> declarationTopics() {
        return List.copyOf(index.declarationTopics().values());
    }

    /**
     * A declaration topic by key, see {@link DeclarationTopics}.
     *
     * @param key the key
     * @return the topic, or empty
     */
    public Optional<DeclarationTopicEntry> declarationTopic(String key) {
        return Optional.ofNullable(index.declarationTopics().get(key));
    }

    /**
     * All Budapest pairings, including the one for Budapest Art. 32, which has no UN counterpart.
     *
     * @return the pairings
     */
    public List<BudapestEntry> budapestCounterparts() {
        return List.copyOf(index.budapest().values());
    }

    /**
     * The Budapest counterpart of an instrument, so feedback can compare with the convention trainees know.
     *
     * @param instrumentKey the instrument key
     * @return the counterpart, or empty when the notes name none or the instrument does not exist
     */
    public Optional<BudapestEntry> budapestCounterpart(String instrumentKey) {
        return instrument(instrumentKey).flatMap(InstrumentEntry::budapestCounterpart);
    }

    /**
     * The articles the knowledge base holds for a chapter, in order.
     *
     * @param chapter the chapter
     * @return its articles
     */
    public List<ArticleEntry> articlesOf(ChapterEntry chapter) {
        List<ArticleEntry> result = new ArrayList<>();
        for (ArticleEntry article : index.articles().values()) {
            if (article.chapter() == chapter.number()) {
                result.add(article);
            }
        }
        return List.copyOf(result);
    }
}
