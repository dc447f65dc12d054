package org.rogatory.model.internal.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The XML parser settings every part of the loader uses, in one place so they cannot drift apart. They take the JDK's
 * own parser (not whatever a bundle registers), switch off external entities, external DTDs and XInclude, and turn on
 * secure processing. Refusing DOCTYPEs outright is done here for the EMF and DOM parses; the format sniffer runs first
 * and gives the friendlier message.
 */
public final class SafeXml {

    /** Xerces feature: a DOCTYPE is a fatal error. */
    static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl"; //$NON-NLS-1$

    private static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities"; //$NON-NLS-1$
    private static final String EXTERNAL_PARAMETER = "http://xml.org/sax/features/external-parameter-entities"; //$NON-NLS-1$
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd"; //$NON-NLS-1$
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"; //$NON-NLS-1$

    /** Each thread's idle parsers, one per combination of the two settings. */
    private static final ThreadLocal<SAXParser[]> IDLE = ThreadLocal.withInitial(() -> new SAXParser[4]);

    private SafeXml() {
    }

    /**
     * Creates a SAX parser that resolves nothing.
     *
     * @param namespaceAware whether the parser reports namespaces (EMF parses without, the sniffer with)
     * @param refuseDoctype whether a DOCTYPE is a fatal error; the sniffer handles it itself to give a clear message
     * @return a new parser
     * @throws ParserConfigurationException if the JDK parser lacks a required feature, so nothing is parsed unsafely
     * @throws SAXException if the JDK parser lacks a required feature
     */
    public static SAXParser newSaxParser(boolean namespaceAware, boolean refuseDoctype)
            throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(namespaceAware);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, refuseDoctype);
        factory.setFeature(EXTERNAL_GENERAL, false);
        factory.setFeature(EXTERNAL_PARAMETER, false);
        factory.setFeature(LOAD_EXTERNAL_DTD, false);
        SAXParser parser = factory.newSAXParser();
        resolveNothing(parser);
        return parser;
    }

    private static void resolveNothing(SAXParser parser) throws SAXException {
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
        parser.getXMLReader().setEntityResolver((publicId, systemId) -> {
            throw new SAXException(Messages.Xml_entityRefused);
        });
    }

    /**
     * Lends this thread's idle parser of the kind asked for, or a new one. Creating a parser costs about as much as
     * parsing a small pack file, and a pack has hundreds. A parser given back is reset, and kept only if every
     * protection of {@link #newSaxParser} still holds after the reset; it is hardened again before it is lent. Give it
     * back with {@link #giveBack} once the parse is over, on the same thread.
     *
     * @param namespaceAware as for {@link #newSaxParser}
     * @param refuseDoctype as for {@link #newSaxParser}
     * @return a parser that resolves nothing, used by no one else
     * @throws ParserConfigurationException as for {@link #newSaxParser}
     * @throws SAXException as for {@link #newSaxParser}
     */
    public static SAXParser borrowSaxParser(boolean namespaceAware, boolean refuseDoctype)
            throws ParserConfigurationException, SAXException {
        SAXParser[] idle = IDLE.get();
        int slot = slot(namespaceAware, refuseDoctype);
        SAXParser parser = idle[slot];
        idle[slot] = null;
        if (parser != null) {
            resolveNothing(parser);
            return parser;
        }
        return newSaxParser(namespaceAware, refuseDoctype);
    }

    /**
     * Takes back a parser lent by {@link #borrowSaxParser} with the same arguments, for the next parse on this thread.
     *
     * @param parser the parser
     * @param namespaceAware as when it was borrowed
     * @param refuseDoctype as when it was borrowed
     */
    public static void giveBack(SAXParser parser, boolean namespaceAware, boolean refuseDoctype) {
        if (parser == null) {
            return;
        }
        // The reset also lets go of the handlers, and with them of the document and what was read from it.
        parser.reset();
        if (stillHardened(parser, namespaceAware, refuseDoctype)) {
            IDLE.get()[slot(namespaceAware, refuseDoctype)] = parser;
        }
    }

    private static int slot(boolean namespaceAware, boolean refuseDoctype) {
        return (namespaceAware ? 2 : 0) + (refuseDoctype ? 1 : 0);
    }

    private static boolean stillHardened(SAXParser parser, boolean namespaceAware, boolean refuseDoctype) {
        try {
            var reader = parser.getXMLReader();
            return parser.isNamespaceAware() == namespaceAware && !parser.isValidating() && !parser.isXIncludeAware()
                    && reader.getFeature(XMLConstants.FEATURE_SECURE_PROCESSING)
                    && reader.getFeature(DISALLOW_DOCTYPE) == refuseDoctype && !reader.getFeature(EXTERNAL_GENERAL)
                    && !reader.getFeature(EXTERNAL_PARAMETER) && !reader.getFeature(LOAD_EXTERNAL_DTD);
        } catch (SAXException e) {
            return false;
        }
    }

    /**
     * Parses a document into a DOM for a format migration, with the same protections as the SAX parsers.
     *
     * @param document the bytes of the document
     * @return the parsed document
     * @throws SAXException if the document is not well-formed (a {@link org.xml.sax.SAXParseException} says where)
     * @throws IOException if reading fails
     * @throws ParserConfigurationException if the JDK parser lacks a required feature
     */
    public static Document parseDom(byte[] document) throws SAXException, IOException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature(EXTERNAL_GENERAL, false);
        factory.setFeature(EXTERNAL_PARAMETER, false);
        factory.setFeature(LOAD_EXTERNAL_DTD, false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException(Messages.Xml_entityRefused);
        });
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new ByteArrayInputStream(document)));
    }

    /**
     * Writes a migrated DOM back to bytes for EMF. The declaration is written by hand with a line break after it, so
     * the lines of the elements stay where they were in the original file and problem reports still point at them.
     *
     * @param document the document
     * @return UTF-8 bytes
     * @throws TransformerException if the document cannot be written
     */
    public static byte[] serialize(Document document) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, ""); //$NON-NLS-1$
        Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes"); //$NON-NLS-1$
        transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
        transformer.setOutputProperty(OutputKeys.INDENT, "no"); //$NON-NLS-1$
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(DECLARATION.getBytes(StandardCharsets.UTF_8));
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}
