package org.rogatory.model.migration;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rogatory.model.scenario.ScenarioPackage;

/**
 * A version of the scenario format, as carried by a document's namespace URI. Comparing versions is what decides
 * whether a document is read, migrated or refused, so the rule lives here and nowhere else.
 *
 * @param major the major version
 * @param minor the minor version
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {

    /** The namespace URI of every format version, followed by {@code major.minor}. */
    public static final String NAMESPACE_PREFIX = "http://rogatory.org/scenario/"; //$NON-NLS-1$

    private static final Pattern VERSION = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,4})"); //$NON-NLS-1$

    /**
     * Gives the version this Rogatory writes and reads without migration.
     *
     * @return the version of {@link ScenarioPackage#eNS_URI}
     */
    public static FormatVersion current() {
        return fromNsUri(ScenarioPackage.eNS_URI).orElseThrow();
    }

    /**
     * Reads the version from a namespace URI.
     *
     * @param nsUri a namespace URI, possibly of something else entirely
     * @return the version, or empty if the URI is not a scenario format namespace
     */
    public static Optional<FormatVersion> fromNsUri(String nsUri) {
        if (!isScenarioNamespace(nsUri)) {
            return Optional.empty();
        }
        Matcher matcher = VERSION.matcher(nsUri.substring(NAMESPACE_PREFIX.length()));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FormatVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    /**
     * Tells whether a namespace URI belongs to the scenario format family (any version, even an unreadable one), so
     * the loader can tell "a newer Rogatory" from "not a Rogatory file".
     *
     * @param nsUri a namespace URI or {@code null}
     * @return whether it starts with {@link #NAMESPACE_PREFIX}
     */
    public static boolean isScenarioNamespace(String nsUri) {
        return nsUri != null && nsUri.startsWith(NAMESPACE_PREFIX);
    }

    /**
     * Gives the namespace URI of this version, so migrations name their formats without typing URIs.
     *
     * @return e.g. {@code http://rogatory.org/scenario/1.0}
     */
    public String nsUri() {
        return NAMESPACE_PREFIX + this;
    }

    /** Orders versions by major, then minor. */
    @Override
    public int compareTo(FormatVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    /** Writes the version as {@code major.minor}, as in the namespace URI and in messages. */
    @Override
    public String toString() {
        return major + "." + minor; //$NON-NLS-1$
    }
}
