package org.rogatory.model.internal.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.migration.FormatVersion;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads a document only up to its root element, to learn which format it claims before anything else happens. It
 * refuses a DOCTYPE the moment the parser reports one, before the internal subset is read, so neither external entities
 * nor entity expansion ever take place.
 */
final class FormatSniffer {

    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler"; //$NON-NLS-1$
    private static final String XMI_URI = "http://www.omg.org/XMI"; //$NON-NLS-1$
    private static final String XMI_ROOT = "XMI"; //$NON-NLS-1$

    /**
     * What the root element says about the document.
     *
     * @param namespace the namespace of the scenario format the document uses (or of its root element if none)
     * @param name the root element's qualified name
     * @param line where the root element's start tag ends
     * @param column where the root element's start tag ends
     */
    record Root(String namespace, String name, int line, int column) {
    }

    private FormatSniffer() {
    }

    static Root sniff(byte[] document, String location) throws DocumentProblem {
        Handler handler = new Handler(location);
        SAXParser parser = null;
        try {
            parser = SafeXml.borrowSaxParser(true, false);
            parser.setProperty(LEXICAL_HANDLER, handler);
            parser.parse(new InputSource(new ByteArrayInputStream(document)), handler);
        } catch (FoundRoot found) {
            return found.root;
        } catch (DoctypeRefused refused) {
            throw refused.problem;
        } catch (SAXParseException e) {
            throw new DocumentProblem(location, e.getLineNumber(), e.getColumnNumber(),
                    NLS.bind(Messages.Xml_notWellFormed, e.getMessage()), Messages.Xml_notWellFormedHint);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new DocumentProblem(location, 0, 0, NLS.bind(Messages.Xml_notWellFormed, e.getMessage()),
                    Messages.Xml_notWellFormedHint);
        } finally {
            SafeXml.giveBack(parser, true, false);
        }
        throw new DocumentProblem(location, 0, 0, Messages.Xml_empty, Messages.Xml_notWellFormedHint);
    }

    /** Stops the parse at the root element: nothing after it matters to the sniffer. */
    private static final class FoundRoot extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient Root root;

        FoundRoot(Root root) {
            this.root = root;
        }
    }

    /** Stops the parse at a DOCTYPE. */
    private static final class DoctypeRefused extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient DocumentProblem problem;

        DoctypeRefused(DocumentProblem problem) {
            this.problem = problem;
        }
    }

    private static final class Handler extends DefaultHandler2 {
        private final String location;
        private final List<String> declared = new ArrayList<>();
        private Locator locator;

        Handler(String location) {
            this.location = location;
        }

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new DoctypeRefused(new DocumentProblem(location, line(), column(), Messages.Xml_doctype,
                    Messages.Xml_doctypeHint));
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            declared.add(uri);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            String namespace = uri;
            if (XMI_URI.equals(uri) && XMI_ROOT.equals(localName)) {
                namespace = declared.stream().filter(FormatVersion::isScenarioNamespace).findFirst().orElse(uri);
            }
            throw new FoundRoot(new Root(namespace, qName, line(), column()));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        private int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        private int column() {
            return locator == null ? 0 : locator.getColumnNumber();
        }
    }
}
