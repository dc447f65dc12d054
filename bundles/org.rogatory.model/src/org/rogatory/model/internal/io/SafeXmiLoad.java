package org.rogatory.model.internal.io;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** EMF's XMI loader, with the hardened parser of {@link SafeXml} and the {@link SafeXmiHandler}. */
final class SafeXmiLoad extends XMILoadImpl {

    private final SourcePositions positions;

    SafeXmiLoad(XMLHelper helper, SourcePositions positions) {
        super(helper);
        this.positions = positions;
    }

    @Override
    protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
        return SafeXml.newSaxParser(false, true);
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        return new SafeXmiHandler(resource, helper, options, positions);
    }
}
