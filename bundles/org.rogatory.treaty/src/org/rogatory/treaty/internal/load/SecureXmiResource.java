package org.rogatory.treaty.internal.load;

import java.util.IdentityHashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.rogatory.treaty.model.TreatyPackage;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XMI resource that reads only the treaty format and never reaches outside the file. EMF would otherwise try to
 * fetch an unknown namespace from the network or load a class named in it, and a DOCTYPE could pull in external
 * entities. It also records the line of every object, so a broken item can be reported by line after loading.
 */
final class SecureXmiResource extends XMIResourceImpl {

    private final Map<EObject, Integer> lines = new IdentityHashMap<>();

    SecureXmiResource(URI uri) {
        super(uri);
    }

    /**
     * The parser options: no DOCTYPE, no external entities or DTDs, secure processing, no namespace as location.
     *
     * @return fresh load options
     */
    static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new java.util.HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(
                "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE, //$NON-NLS-1$
                "http://xml.org/sax/features/external-general-entities", Boolean.FALSE, //$NON-NLS-1$
                "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE, //$NON-NLS-1$
                "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE, //$NON-NLS-1$
                XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE));
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, Map.of(
                XMLConstants.ACCESS_EXTERNAL_DTD, "", //$NON-NLS-1$
                XMLConstants.ACCESS_EXTERNAL_SCHEMA, "")); //$NON-NLS-1$
        options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    /**
     * The line where an object starts in the file.
     *
     * @param object an object of this resource
     * @return the line, or 0 when unknown
     */
    int lineOf(EObject object) {
        return lines.getOrDefault(object, 0);
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new Handler(resource, helper, options);
            }
        };
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    /**
     * Resolves only the treaty namespace and remembers where each object starts.
     */
    private final class Handler extends SAXXMIHandler {

        Handler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        protected EPackage getPackageForURI(String uriString) {
            return TreatyPackage.eNS_URI.equals(uriString) ? TreatyPackage.eINSTANCE : null;
        }

        @Override
        protected void processObject(EObject object) {
            if (object != null) {
                lines.put(object, Integer.valueOf(getLineNumber()));
            }
            super.processObject(object);
        }
    }
}
