package org.rogatory.treaty.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rogatory.treaty.BudapestEntry;
import org.rogatory.treaty.ChannelEntry;
import org.rogatory.treaty.ChannelUseEntry;
import org.rogatory.treaty.Citation;
import org.rogatory.treaty.DualCriminalityEntry;
import org.rogatory.treaty.FactEntry;
import org.rogatory.treaty.InstrumentEntry;
import org.rogatory.treaty.RefusalGroundEntry;
import org.rogatory.treaty.RequestElementEntry;
import org.rogatory.treaty.ScopeEntry;
import org.rogatory.treaty.internal.citation.CitationFactory;
import org.rogatory.treaty.model.Article;
import org.rogatory.treaty.model.BudapestCounterpart;
import org.rogatory.treaty.model.Channel;
import org.rogatory.treaty.model.ChannelUse;
import org.rogatory.treaty.model.Convention;
import org.rogatory.treaty.model.Fact;
import org.rogatory.treaty.model.Instrument;
import org.rogatory.treaty.model.Provision;
import org.rogatory.treaty.model.RefusalGround;
import org.rogatory.treaty.model.RequestContentSet;
import org.rogatory.treaty.model.RequestElement;

/**
 * Converts channels, refusal grounds, Budapest counterparts and instruments into API values. Instruments are built
 * last because they point to the others.
 */
final class InstrumentEntries {

    final Map<String, ChannelEntry> channels;
    final Map<String, RefusalGroundEntry> grounds;
    final Map<String, BudapestEntry> budapest;
    final Map<String, InstrumentEntry> instruments;
    private final Map<String, FactEntry> facts;

    InstrumentEntries(Convention convention, Map<String, FactEntry> facts) {
        this.facts = facts;
        channels = Ordered.byKey(convention.getChannels().stream().map(InstrumentEntries::channel).toList(),
                ChannelEntry::key);
        grounds = Ordered.byKey(convention.getRefusalGrounds().stream().map(InstrumentEntries::ground).toList(),
                RefusalGroundEntry::key);
        budapest = Ordered.byKey(convention.getBudapestCounterparts().stream().map(InstrumentEntries::budapest)
                .toList(), BudapestEntry::key);
        instruments = Ordered.byKey(convention.getInstruments().stream().map(this::instrument).toList(),
                InstrumentEntry::key);
    }

    private static ChannelEntry channel(Channel channel) {
        return new ChannelEntry(channel.getKey(), channel.getLabel(), channel.getDescription(),
                numbers(channel.getArticles()), channel.getStatus());
    }

    private static RefusalGroundEntry ground(RefusalGround ground) {
        Citation citation = ground.getProvision() != null ? CitationFactory.forProvision(ground.getProvision())
                : CitationFactory.forArticle(ground.getArticle());
        String topic = ground.getDeclarationTopic() == null ? "" : ground.getDeclarationTopic().getKey(); //$NON-NLS-1$
        return new RefusalGroundEntry(ground.getKey(), ground.getLabel(), ground.getPermission(),
                text(ground.getCondition()), ground.isRequiresReservation(), topic, ground.isPostponeOnly(),
                ground.getReframeAs().stream().map(RefusalGround::getKey).toList(), ground.getExplanation(), citation,
                ground.getStatus());
    }

    private static BudapestEntry budapest(BudapestCounterpart counterpart) {
        return new BudapestEntry(counterpart.getKey(), counterpart.getMeasure(), numbers(counterpart.getUnArticles()),
                counterpart.getBudapestArticles(), counterpart.getDifferences(), counterpart.getBudapestStatus(),
                counterpart.getMappingStatus());
    }

    private InstrumentEntry instrument(Instrument instrument) {
        Optional<Citation> own = ownCitation(instrument);
        ScopeEntry scope = new ScopeEntry(instrument.getScope(), cite(instrument.getScopeProvision(), own),
                instrument.getScopeStatus());
        DualCriminalityEntry dual = new DualCriminalityEntry(instrument.getDualCriminality(),
                cite(instrument.getDualCriminalityProvision(), own), instrument.getDualCriminalityStatus());
        List<ChannelUseEntry> uses = new ArrayList<>();
        for (ChannelUse use : instrument.getChannelUses()) {
            Citation citation = cite(use.getProvision(), own)
                    .orElseGet(() -> CitationFactory.forArticle(use.getChannel().getArticles().get(0)));
            uses.add(new ChannelUseEntry(channels.get(use.getChannel().getKey()), use.getRole(),
                    text(use.getCondition()), citation, use.getStatus()));
        }
        return new InstrumentEntry(instrument.getKey(), instrument.getLabel(), instrument.getKind(),
                instrument.getLevel(), instrument.getSummary(), numbers(instrument.getGoverningArticles()), own,
                scope, dual, uses, elements(instrument.getRequestContents()),
                instrument.getRefusalGrounds().stream().map(g -> grounds.get(g.getKey())).toList(),
                instrument.isRefusalListClosed(),
                Optional.ofNullable(instrument.getBudapestCounterpart()).map(b -> budapest.get(b.getKey())),
                instrument.getFacts().stream().map(Fact::getKey).map(facts::get).toList(), instrument.getStatus());
    }

    private static Optional<Citation> ownCitation(Instrument instrument) {
        if (!instrument.getGoverningProvisions().isEmpty()) {
            return Optional.of(CitationFactory.forProvision(instrument.getGoverningProvisions().get(0)));
        }
        if (!instrument.getGoverningArticles().isEmpty()) {
            return Optional.of(CitationFactory.forArticle(instrument.getGoverningArticles().get(0)));
        }
        return Optional.empty();
    }

    private static Optional<Citation> cite(Provision provision, Optional<Citation> fallback) {
        return provision == null ? fallback : Optional.of(CitationFactory.forProvision(provision));
    }

    private static List<RequestElementEntry> elements(RequestContentSet set) {
        List<RequestElementEntry> result = new ArrayList<>();
        if (set == null) {
            return result;
        }
        result.addAll(elements(set.getBuiltOn()));
        Citation setCitation = CitationFactory.forArticle(set.getArticle());
        for (RequestElement element : set.getElements()) {
            Citation citation = element.getProvision() == null ? setCitation
                    : CitationFactory.forProvision(element.getProvision());
            result.add(new RequestElementEntry(element.getKey(), text(element.getItem()), element.getLabel(),
                    element.isMandatory(), text(element.getCondition()), citation, element.getStatus()));
        }
        return result;
    }

    private static List<Integer> numbers(List<Article> articles) {
        return articles.stream().map(a -> Integer.valueOf(a.getNumber())).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
