package org.rogatory.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.rogatory.model.scenario.Pack;
import org.rogatory.model.scenario.Scenario;

/**
 * Writes a pack in the layout the loader reads: {@code pack.rogatory} and one {@code <scenario id>.rogatory} per
 * scenario, with references between them as relative {@code href}s. Authoring tools and tests use it so that files are
 * always written the same way.
 */
public final class PackWriter {

    private PackWriter() {
    }

    /**
     * Writes copies of a pack and its scenarios into a folder; the objects given stay where they are.
     *
     * @param pack the pack; its {@code scenarios} are written too
     * @param folder the folder to write to, created if missing
     * @throws IOException if a file cannot be written
     */
    public static void write(Pack pack, Path folder) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Files.createDirectories(target);
        List<EObject> originals = new ArrayList<>();
        originals.add(pack);
        originals.addAll(pack.getScenarios());
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Collection<EObject> copies = copier.copyAll(originals);
        copier.copyReferences();
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(PackLayout.EXTENSION,
                new XMIResourceFactoryImpl());
        List<Resource> resources = new ArrayList<>();
        for (EObject copy : copies) {
            String name = copy instanceof Scenario scenario ? PackLayout.scenarioFile(scenario.getId())
                    : PackLayout.PACK_FILE;
            Resource resource = resourceSet.createResource(URI.createFileURI(target.resolve(name).toString()));
            resource.getContents().add(copy);
            resources.add(resource);
        }
        for (Resource resource : resources) {
            resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8")); //$NON-NLS-1$
        }
    }
}
