package org.rogatory.ui.internal.debrief;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.debrief.Debrief;
import org.rogatory.engine.debrief.DebriefText;
import org.rogatory.engine.session.SessionEvent;
import org.rogatory.model.scenario.Verdict;

/**
 * Renders a debrief as one self-contained HTML5 page that a trainee can keep, mail to an instructor or print: styles
 * inline, no scripts, no images, no links to anything outside the file. Every piece of text is escaped. The output
 * depends only on the debrief (no date, no locale-dependent numbers), so two exports of one session are identical.
 */
@SuppressWarnings("nls") // markup, not text a person reads; every text comes from Messages
public final class DebriefHtml {

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; line-height: 1.45; color: #1a1a1a; background: #fff;
                   max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
            h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
            h2 { font-size: 1.2rem; border-bottom: 1px solid #999; margin-top: 2rem; }
            h3 { font-size: 1rem; margin: 0; }
            .meta { color: #444; margin: 0.1rem 0; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.number, th.number { text-align: right; }
            tfoot td { font-weight: bold; }
            ol.decisions { list-style: none; padding: 0; }
            ol.decisions > li { border: 1px solid #bbb; border-left-width: 0.5rem; padding: 0.5rem 0.75rem;
                                margin-bottom: 0.75rem; break-inside: avoid; }
            .verdict { display: inline-block; font-weight: bold; border: 1px solid; padding: 0 0.4rem; }
            .compliant { border-left-color: #1b6e20; } .compliant .verdict { color: #1b6e20; }
            .compliant-weaker { border-left-color: #8a6100; } .compliant-weaker .verdict { color: #8a6100; }
            .non-compliant { border-left-color: #a4161a; } .non-compliant .verdict { color: #a4161a; }
            .cited cite { font-style: normal; font-weight: bold; }
            .rationale { color: #333; }
            footer { margin-top: 2rem; font-size: 0.85rem; color: #555; }
            @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; }
                           tr, li { break-inside: avoid; } }
            """;

    private DebriefHtml() {
    }

    /**
     * Renders a debrief.
     *
     * @param debrief the debrief
     * @return the complete page, with {@code \n} line endings
     */
    public static String render(Debrief debrief) {
        Html html = new Html();
        String title = NLS.bind(Messages.Header_title, debrief.scenarioTitle());
        html.markup("<!DOCTYPE html>\n<html lang=\"").text(Messages.Html_lang).markup("\">\n<head>\n")
                .markup("<meta charset=\"utf-8\">\n")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", null, title)
                .markup("<style>\n").markup(STYLE).markup("</style>\n</head>\n<body>\n<header>\n")
                .element("h1", null, title)
                .element("p", "meta", NLS.bind(Messages.Header_scenario, debrief.scenarioId()))
                .element("p", "meta", NLS.bind(Messages.Header_ended, DebriefWords.endReason(debrief.endReason()),
                        DebriefText.clock(debrief.endedAt())))
                .element("p", "meta", NLS.bind(Messages.Header_total, DebriefWords.total(debrief.total())))
                .markup("</header>\n");
        scores(html, debrief);
        decisions(html, debrief);
        evidence(html, debrief);
        reference(html, debrief);
        timeline(html, debrief);
        html.markup("<footer>\n").element("p", null, Messages.Html_footer).markup("</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void scores(Html html, Debrief debrief) {
        html.markup("<section>\n").element("h2", null, Messages.Section_scores)
                .markup("<table>\n<thead><tr>").element("th", null, Messages.Column_criterion)
                .element("th", "number", Messages.Column_weight).element("th", "number", Messages.Column_points)
                .markup("</tr></thead>\n<tbody>\n");
        for (Debrief.CriterionScore score : debrief.scores()) {
            html.markup("<tr>").element("td", null, score.label())
                    .element("td", "number", Integer.toString(score.weight()))
                    .element("td", "number", Integer.toString(score.points())).markup("</tr>\n");
        }
        html.markup("</tbody>\n<tfoot><tr>").element("td", null, Messages.Score_total).markup("<td></td>")
                .element("td", "number", DebriefWords.total(debrief.total()))
                .markup("</tr></tfoot>\n</table>\n</section>\n");
    }

    private static void decisions(Html html, Debrief debrief) {
        html.markup("<section>\n").element("h2", null, Messages.Section_decisions);
        if (debrief.decisions().isEmpty()) {
            html.element("p", null, Messages.None);
        } else {
            html.markup("<ol class=\"decisions\">\n");
            for (Debrief.DecisionEntry decision : debrief.decisions()) {
                decision(html, decision);
            }
            html.markup("</ol>\n");
        }
        html.markup("</section>\n");
    }

    private static void decision(Html html, Debrief.DecisionEntry decision) {
        html.markup("<li class=\"").markup(cssClass(decision.verdict())).markup("\">\n")
                .markup("<h3>").text(decision.sequence() + ". " + decision.action()).markup("</h3>\n")
                .element("p", "meta", DebriefText.clock(decision.time()))
                .markup("<p>").element("span", "verdict",
                        NLS.bind(Messages.Decision_verdict, DebriefWords.verdict(decision.verdict())))
                .markup("</p>\n");
        if (!decision.explanation().isEmpty()) {
            html.element("p", null, decision.explanation());
        }
        if (!decision.citations().isEmpty()) {
            String cited = decision.citations().stream().map(c -> "<cite>" + Html.escape(c) + "</cite>")
                    .collect(Collectors.joining(", "));
            html.markup("<p class=\"cited\">").markup(NLS.bind(Html.escape(Messages.Decision_cited), cited))
                    .markup("</p>\n");
        }
        html.markup("</li>\n");
    }

    private static String cssClass(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void evidence(Html html, Debrief debrief) {
        html.markup("<section>\n").element("h2", null, Messages.Section_evidence);
        list(html, Messages.Section_secured, debrief.evidenceSecured());
        list(html, Messages.Section_lost, debrief.evidenceLost());
        html.markup("</section>\n");
    }

    private static void list(Html html, String heading, List<String> items) {
        html.element("h3", null, heading);
        if (items.isEmpty()) {
            html.element("p", null, Messages.None);
            return;
        }
        html.markup("<ul>\n");
        items.forEach(item -> html.element("li", null, item));
        html.markup("</ul>\n");
    }

    private static void reference(Html html, Debrief debrief) {
        Set<String> taken = debrief.decisions().stream().map(Debrief.DecisionEntry::actionId)
                .collect(Collectors.toSet());
        html.markup("<section>\n").element("h2", null, Messages.Section_reference).markup("<ol>\n");
        for (Debrief.ReferenceEntry step : debrief.referencePath()) {
            html.markup("<li>").text(step.action()).markup(" <em>(")
                    .text(taken.contains(step.actionId()) ? Messages.Taken_yes : Messages.Taken_no).markup(")</em>");
            if (step.rationale() != null && !step.rationale().isEmpty()) {
                html.markup("\n").element("p", "rationale", step.rationale());
            }
            html.markup("</li>\n");
        }
        html.markup("</ol>\n</section>\n");
    }

    private static void timeline(Html html, Debrief debrief) {
        html.markup("<section>\n").element("h2", null, Messages.Section_timeline)
                .markup("<table>\n<thead><tr>").element("th", null, Messages.Column_time)
                .element("th", null, Messages.Column_kind).element("th", null, Messages.Column_event)
                .markup("</tr></thead>\n<tbody>\n");
        for (SessionEvent event : debrief.timeline()) {
            html.markup("<tr>").element("td", null, DebriefText.clock(event.time()))
                    .element("td", null, DebriefWords.kind(event.kind())).element("td", null, event.text())
                    .markup("</tr>\n");
        }
        html.markup("</tbody>\n</table>\n</section>\n");
    }
}
