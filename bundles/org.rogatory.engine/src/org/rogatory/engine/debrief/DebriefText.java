package org.rogatory.engine.debrief;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.session.SessionEvent;

/**
 * Renders a debrief as plain text for the command line and for golden files. The output depends only on the debrief:
 * no clock, no locale, {@code \n} line endings, so two replays of one transcript print the same bytes.
 */
public final class DebriefText {

    private DebriefText() {
    }

    /** Renders {@code debrief}. */
    public static String render(Debrief debrief) {
        StringBuilder out = new StringBuilder();
        line(out, NLS.bind(Messages.Debrief_title, debrief.scenarioTitle(), debrief.scenarioId()));
        line(out, NLS.bind(Messages.Debrief_ended, debrief.endReason(), clock(debrief.endedAt())));
        out.append('\n');
        line(out, Messages.Debrief_decisions);
        for (Debrief.DecisionEntry d : debrief.decisions()) {
            line(out, String.format(Locale.ROOT, "%2d. [%s] %s: %s", d.sequence(), clock(d.time()), d.action(), //$NON-NLS-1$
                    d.verdict().getLiteral()));
            if (!d.explanation().isEmpty()) {
                line(out, "    " + d.explanation()); //$NON-NLS-1$
            }
            if (!d.citations().isEmpty()) {
                line(out, "    " + NLS.bind(Messages.Debrief_citations, String.join(", ", d.citations()))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        out.append('\n');
        line(out, NLS.bind(Messages.Debrief_secured, list(debrief.evidenceSecured())));
        line(out, NLS.bind(Messages.Debrief_lost, list(debrief.evidenceLost())));
        out.append('\n');
        line(out, Messages.Debrief_scores);
        for (Debrief.CriterionScore s : debrief.scores()) {
            line(out, String.format(Locale.ROOT, "  %-28s %5d  (weight %d)", s.label(), s.points(), s.weight())); //$NON-NLS-1$
        }
        line(out, String.format(Locale.ROOT, "  %-28s %8.2f", Messages.Debrief_total, debrief.total())); //$NON-NLS-1$
        out.append('\n');
        line(out, Messages.Debrief_timeline);
        for (SessionEvent e : debrief.timeline()) {
            line(out, String.format(Locale.ROOT, "  [%s] %-20s %s", clock(e.time()), e.kind(), e.text())); //$NON-NLS-1$
        }
        out.append('\n');
        line(out, Messages.Debrief_reference);
        int step = 1;
        for (Debrief.ReferenceEntry r : debrief.referencePath()) {
            line(out, String.format(Locale.ROOT, "%2d. %s", step++, r.action())); //$NON-NLS-1$
            if (r.rationale() != null && !r.rationale().isEmpty()) {
                line(out, "    " + r.rationale()); //$NON-NLS-1$
            }
        }
        return out.toString();
    }

    /** Formats a simulated minute as "day D hh:mm", day 1 being the first day of the case. */
    public static String clock(int minute) {
        return String.format(Locale.ROOT, "day %d %02d:%02d", minute / 1440 + 1, minute % 1440 / 60, minute % 60); //$NON-NLS-1$
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? Messages.Debrief_none : String.join(", ", items); //$NON-NLS-1$
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
