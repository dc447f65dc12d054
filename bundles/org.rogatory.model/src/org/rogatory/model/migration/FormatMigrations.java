package org.rogatory.model.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

/**
 * The migrations a loader may apply, one per older format. It is a plain immutable value rather than a global registry,
 * so tests and tools can load with a different set without affecting anyone else; {@link #standard()} is what
 * Rogatory itself uses. The package documentation says how to add a migration.
 */
public final class FormatMigrations {

    private final Map<String, FormatMigration> byFromNsUri;

    private FormatMigrations(Map<String, FormatMigration> byFromNsUri) {
        this.byFromNsUri = byFromNsUri;
    }

    /**
     * Gives the migrations Rogatory ships. Format 1.0 is the first public format, so the list is empty; each future
     * format adds its predecessor's migration here.
     *
     * @return the built-in migrations
     */
    public static FormatMigrations standard() {
        return of(List.of());
    }

    /**
     * Builds a set of migrations, checking that they form chains towards the current format.
     *
     * @param migrations the migrations, at most one per source format
     * @return the set
     * @throws IllegalArgumentException if a migration names an unknown format, does not go forward, goes beyond the
     *             current format, or shares its source format with another one
     */
    public static FormatMigrations of(Collection<? extends FormatMigration> migrations) {
        Map<String, FormatMigration> map = new LinkedHashMap<>();
        for (FormatMigration migration : migrations) {
            FormatVersion from = version(migration.fromNsUri());
            FormatVersion to = version(migration.toNsUri());
            if (to.compareTo(from) <= 0 || to.compareTo(FormatVersion.current()) > 0) {
                throw new IllegalArgumentException(NLS.bind(Messages.FormatMigrations_wrongDirection,
                        new Object[] { migration.getClass().getName(), from, to, FormatVersion.current() }));
            }
            if (map.putIfAbsent(migration.fromNsUri(), migration) != null) {
                throw new IllegalArgumentException(NLS.bind(Messages.FormatMigrations_duplicate, from));
            }
        }
        return new FormatMigrations(map);
    }

    /**
     * Adds a migration, for tools and tests that know an extra format.
     *
     * @param migration the migration to add
     * @return a new set with the migration added; this one is unchanged
     */
    public FormatMigrations with(FormatMigration migration) {
        List<FormatMigration> all = new ArrayList<>(byFromNsUri.values());
        all.add(migration);
        return of(all);
    }

    /**
     * Finds the migration that reads a format.
     *
     * @param nsUri the namespace URI of the document
     * @return the migration, or empty if this format cannot be migrated
     */
    public Optional<FormatMigration> from(String nsUri) {
        return Optional.ofNullable(byFromNsUri.get(nsUri));
    }

    private static FormatVersion version(String nsUri) {
        return FormatVersion.fromNsUri(nsUri)
                .orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.FormatMigrations_notAFormat, nsUri)));
    }
}
