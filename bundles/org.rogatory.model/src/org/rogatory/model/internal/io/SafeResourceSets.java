package org.rogatory.model.internal.io;

import java.util.HashMap;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryRegistryImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.rogatory.model.io.PackLayout;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.migration.FormatMigrations;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * Builds the resource set a pack is loaded into. It relies on no global registry: it knows one package, one file
 * extension and one way to read bytes, so neither what other plug-ins register nor the global defaults can widen what a
 * pack file may make the loader do.
 */
public final class SafeResourceSets {

    private SafeResourceSets() {
    }

    /**
     * Creates the resource set for one pack.
     *
     * @param source where the pack's files come from
     * @param migrations the migrations older files may go through
     * @return a new resource set
     */
    public static ResourceSet create(PackSource source, FormatMigrations migrations) {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        EPackage.Registry packages = new EPackageRegistryImpl();
        packages.put(ScenarioPackage.eNS_URI, ScenarioPackage.eINSTANCE);
        resourceSet.setPackageRegistry(packages);
        ResourceFactoryRegistryImpl factories = new ResourceFactoryRegistryImpl();
        factories.getExtensionToFactoryMap().put(PackLayout.EXTENSION, new RogatoryResourceFactory(migrations));
        resourceSet.setResourceFactoryRegistry(factories);
        resourceSet.setURIConverter(new ConfinedUriConverter(source));
        // Every cross-file reference finds its file through this map instead of a search of every loaded file.
        resourceSet.setURIResourceMap(new HashMap<>());
        return resourceSet;
    }
}
