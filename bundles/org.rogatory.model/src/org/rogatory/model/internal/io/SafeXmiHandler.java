package org.rogatory.model.internal.io;

import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.rogatory.model.scenario.ScenarioPackage;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * EMF's XMI handler with three changes, and equal attribute values (and reference texts) shared when the load asks
 * for it. Namespaces resolve only to the scenario package, never by loading a model from the namespace URI, a schema
 * location or a {@code java:} class name as EMF would otherwise try. Entities are never resolved. And positions are
 * recorded, so later problems still have a line.
 */
final class SafeXmiHandler extends SAXXMIHandler {

    private final SourcePositions positions;
    private final Map<String, String> sharedStrings;

    SafeXmiHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, SourcePositions positions,
            Map<String, String> sharedStrings) {
        super(resource, helper, options);
        this.positions = positions;
        this.sharedStrings = sharedStrings;
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
            positions.record(object, getLineNumber(), getColumnNumber(), null);
        }
        super.processObject(object);
    }

    /** Attribute values that are equal share one string, when the load provides a map for that. */
    @Override
    protected void setFeatureValue(EObject object, EStructuralFeature feature, Object value, int position) {
        Object shared = value;
        if (value instanceof String text && feature instanceof EAttribute) {
            shared = share(text);
        }
        super.setFeatureValue(object, feature, shared, position);
        if (shared instanceof String id && feature instanceof EAttribute attribute && attribute.isID()
                && xmlResource instanceof RogatoryResource rogatory) {
            // Filled as the file is read, so later lookups by id never walk the file, and never write to the map.
            rogatory.getIntrinsicIDToEObjectMap().put(id, object);
        }
    }

    /**
     * Records where a reference to another file was read. Its text ({@code pack.rogatory#A}) repeats hundreds of
     * thousands of times in a large pack and is kept until the load has reported its problems, so it is shared too.
     */
    @Override
    protected void handleProxy(InternalEObject proxy, String uriLiteral) {
        positions.record(proxy, getLineNumber(), getColumnNumber(), uriLiteral == null ? null : share(uriLiteral));
        super.handleProxy(proxy, uriLiteral);
    }

    private String share(String text) {
        return SharedStrings.share(sharedStrings, text);
    }
}
