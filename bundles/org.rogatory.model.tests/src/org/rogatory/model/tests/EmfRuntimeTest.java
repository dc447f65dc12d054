package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;

/**
 * The scenario format rests on EMF's XMI persistence. This checks, inside the OSGi runtime the product uses, that the
 * EMF bundles resolve and that a model survives a save and load unchanged.
 */
class EmfRuntimeTest {

    @Test
    void modelSurvivesXmiRoundTripInsideOsgi() throws IOException {
        EPackage original = EcoreFactory.eINSTANCE.createEPackage();
        original.setName("probe");
        original.setNsURI("http://rogatory.org/test/probe");
        original.setNsPrefix("probe");
        EClass caseClass = EcoreFactory.eINSTANCE.createEClass();
        caseClass.setName("Case");
        original.getEClassifiers().add(caseClass);

        byte[] saved = save(original);
        EPackage loaded = (EPackage) load(saved).getContents().get(0);

        assertNotSame(original, loaded);
        assertEquals("http://rogatory.org/test/probe", loaded.getNsURI());
        assertEquals("Case", loaded.getEClassifiers().get(0).getName());
        assertEquals(EcorePackage.Literals.ECLASS, loaded.getEClassifiers().get(0).eClass());
    }

    private static byte[] save(EPackage ePackage) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createURI("memory:/probe.ecore"));
        resource.getContents().add(ePackage);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of());
        return out.toByteArray();
    }

    private static Resource load(byte[] bytes) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createURI("memory:/probe.ecore"));
        resource.load(new ByteArrayInputStream(bytes), Map.of());
        return resource;
    }

    private static ResourceSetImpl newResourceSet() {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new XMIResourceFactoryImpl());
        return resourceSet;
    }
}
