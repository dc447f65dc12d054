package org.rogatory.ui.internal.views;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.l10n.EnumLabels;
import org.rogatory.ui.internal.Messages;

/** How the views write simulated times, durations and enum values. */
final class Format {

    private static final int HOUR = 60;
    private static final int DAY = 24 * HOUR;

    private Format() {
    }

    /** A simulated minute as the case clock shows it: "Day 2, 14:05". */
    static String clock(int minute) {
        return NLS.bind(Messages.Format_clock, new Object[] { minute / DAY + 1,
                String.format(Locale.ROOT, "%02d:%02d", minute % DAY / HOUR, minute % HOUR) }); //$NON-NLS-1$
    }

    /** A length of simulated time: "3 d 4 h", "5 h 20 min", "12 min". */
    static String duration(int minutes) {
        int days = minutes / DAY;
        int hours = minutes % DAY / HOUR;
        int rest = minutes % HOUR;
        if (days > 0) {
            return NLS.bind(Messages.Format_daysHours, days, hours);
        }
        if (hours > 0) {
            return NLS.bind(Messages.Format_hoursMinutes, hours, rest);
        }
        return NLS.bind(Messages.Format_minutes, rest);
    }

    /** The label of an enum value, in the words the scenario editor uses too. */
    static String label(Enum<?> value) {
        return EnumLabels.of(value);
    }

    /** A text that may be null, as an empty string. */
    static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
