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
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
        parser.getXMLReader().setEntityResolver((publicId, systemId) -> {
            throw new SAXException(Messages.Xml_entityRefused);
        });
        return parser;
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
