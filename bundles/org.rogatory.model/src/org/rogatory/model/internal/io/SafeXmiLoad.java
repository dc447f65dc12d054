package org.rogatory.model.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** EMF's XMI loader, with the hardened parser of {@link SafeXml} and the {@link SafeXmiHandler}. */
final class SafeXmiLoad extends XMILoadImpl {

    private final SourcePositions positions;
    private final Map<String, String> sharedStrings;

    SafeXmiLoad(XMLHelper helper, SourcePositions positions, Map<String, String> sharedStrings) {
        super(helper);
        this.positions = positions;
        this.sharedStrings = sharedStrings;
    }

    private SAXParser borrowed;

    @Override
    protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
        borrowed = SafeXml.borrowSaxParser(false, true);
        return borrowed;
    }

    /** Parses with a borrowed parser, and gives it back however the parse ended. */
    @Override
    public void load(XMLResource resource, InputStream inputStream, Map<?, ?> options) throws IOException {
        try {
            super.load(resource, inputStream, options);
        } finally {
            SafeXml.giveBack(borrowed, false, true);
            borrowed = null;
        }
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        return new SafeXmiHandler(resource, helper, options, positions, sharedStrings);
    }
}
