package org.rogatory.model.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rogatory.model.internal.io.SafeXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** A parser lent again after a parse keeps every protection of a new one, whatever the previous document was. */
class SafeXmlReuseTest {

    private static final String PLAIN = "<a><b/></a>";
    private static final String DOCTYPE = "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>";

    private static void parse(SAXParser parser, String document) throws Exception {
        parser.parse(new InputSource(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))),
                new DefaultHandler());
    }

    @Test
    void aParserGivenBackIsLentAgainOnTheSameThread() throws Exception {
        SAXParser first = SafeXml.borrowSaxParser(false, true);
        parse(first, PLAIN);
        SafeXml.giveBack(first, false, true);
        SAXParser again = SafeXml.borrowSaxParser(false, true);
        assertSame(first, again);
        assertNotSame(again, SafeXml.borrowSaxParser(false, true), "a lent parser is lent to one user only");
        SafeXml.giveBack(again, false, true);
    }

    @Test
    void aReusedParserStillRefusesDoctypes() throws Exception {
        for (int round = 0; round < 3; round++) {
            SAXParser parser = SafeXml.borrowSaxParser(false, true);
            try {
                assertTrue(parser.getXMLReader().getFeature(XMLConstants.FEATURE_SECURE_PROCESSING));
                assertThrows(SAXParseException.class, () -> parse(parser, DOCTYPE));
            } finally {
                SafeXml.giveBack(parser, false, true);
            }
            SAXParser next = SafeXml.borrowSaxParser(false, true);
            try {
                parse(next, PLAIN);
            } finally {
                SafeXml.giveBack(next, false, true);
            }
        }
    }

    @Test
    void aReusedParserStillResolvesNoEntity(@TempDir Path temp) throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "SECRET");
        SAXParser parser = SafeXml.borrowSaxParser(true, false);
        SafeXml.giveBack(parser, true, false);
        SAXParser reused = SafeXml.borrowSaxParser(true, false);
        try {
            assertThrows(Exception.class, () -> reused.getXMLReader().getEntityResolver().resolveEntity(null,
                    secret.toUri().toString()));
            StringBuilder text = new StringBuilder();
            String document = "<!DOCTYPE a [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]><a>&e;</a>";
            try {
                reused.parse(new InputSource(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))),
                        new DefaultHandler() {
                            @Override
                            public void characters(char[] ch, int start, int length) {
                                text.append(ch, start, length);
                            }
                        });
            } catch (SAXException refused) {
                // Refusing the document is as good as not reading the entity.
            }
            assertFalse(text.toString().contains("SECRET"), text.toString());
        } finally {
            SafeXml.giveBack(reused, true, false);
        }
    }
}
