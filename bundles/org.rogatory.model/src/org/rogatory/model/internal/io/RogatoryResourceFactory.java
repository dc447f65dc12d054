package org.rogatory.model.internal.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.rogatory.model.migration.FormatMigrations;

/** Creates {@link RogatoryResource}s that apply a given set of migrations. */
public final class RogatoryResourceFactory extends ResourceFactoryImpl {

    private final FormatMigrations migrations;

    /**
     * Creates the factory.
     *
     * @param migrations the migrations its resources may apply
     */
    public RogatoryResourceFactory(FormatMigrations migrations) {
        this.migrations = migrations;
    }

    /** Creates a resource for one pack file. */
    @Override
    public Resource createResource(URI uri) {
        return new RogatoryResource(uri, migrations);
    }
}
