package org.rogatory.model.internal.io;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.rogatory.model.scenario.ScenarioPackage;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * EMF's XMI handler with three changes. Namespaces resolve only to the scenario package, never by loading a model from
 * the namespace URI, a schema location or a {@code java:} class name as EMF would otherwise try. Entities are never
 * resolved. And positions are recorded, so later problems still have a line.
 */
final class SafeXmiHandler extends SAXXMIHandler {

    private final SourcePositions positions;

    SafeXmiHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, SourcePositions positions) {
        super(resource, helper, options);
        this.positions = positions;
    }

    @Override
    protected EPackage getPackageForURI(String uriString) {
        if (ScenarioPackage.eNS_URI.equals(uriString)) {
            return ScenarioPackage.eINSTANCE;
        }
        error(new PackageNotFoundException(uriString, getLocation(), getLineNumber(), getColumnNumber()));
        return null;
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
        throw new SAXException(Messages.Xml_entityRefused);
    }

    @Override
    protected void processObject(EObject object) {
        if (object != null) {
            positions.record(object, new SourcePositions.Position(getLineNumber(), getColumnNumber(), null));
        }
        super.processObject(object);
    }

    @Override
    protected void handleProxy(InternalEObject proxy, String uriLiteral) {
        positions.record(proxy, new SourcePositions.Position(getLineNumber(), getColumnNumber(), uriLiteral));
        super.handleProxy(proxy, uriLiteral);
    }
}
