package org.rogatory.model.migration;

import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The DOM operations nearly every {@link FormatMigration} needs, written once so that migrations stay a few lines of
 * intent ("this attribute was renamed") instead of DOM plumbing.
 */
public final class MigrationSupport {

    private MigrationSupport() {
    }

    /**
     * Lists the elements of a document in document order.
     *
     * @param document the document
     * @return every element, the root first
     */
    public static List<Element> elements(Document document) {
        List<Element> result = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*"); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < all.getLength(); i++) {
            result.add((Element) all.item(i));
        }
        return result;
    }

    /**
     * Moves every element, attribute and namespace declaration from one namespace to another, keeping prefixes.
     *
     * @param document the document
     * @param fromNsUri the old namespace
     * @param toNsUri the new namespace
     */
    public static void rewriteNamespace(Document document, String fromNsUri, String toNsUri) {
        for (Element element : elements(document)) {
            for (Attr attribute : attributes(element)) {
                if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                    if (fromNsUri.equals(attribute.getValue())) {
                        attribute.setValue(toNsUri);
                    }
                } else if (fromNsUri.equals(attribute.getNamespaceURI())) {
                    document.renameNode(attribute, toNsUri, attribute.getName());
                }
            }
            if (fromNsUri.equals(element.getNamespaceURI())) {
                document.renameNode(element, toNsUri, element.getTagName());
            }
        }
    }

    /**
     * Renames an attribute without a namespace (EMF writes features as such attributes), keeping its value.
     *
     * @param element the element that may carry the attribute
     * @param oldName the name in the old format
     * @param newName the name in the new format
     * @return whether the element had the attribute
     */
    public static boolean renameAttribute(Element element, String oldName, String newName) {
        Attr attribute = element.getAttributeNodeNS(null, oldName);
        if (attribute == null) {
            return false;
        }
        element.removeAttributeNode(attribute);
        element.setAttributeNS(null, newName, attribute.getValue());
        return true;
    }

    /**
     * Renames the element without a namespace that holds a feature (EMF writes contained objects and cross-file
     * references as such elements), keeping its content.
     *
     * @param element the element
     * @param newName the name in the new format
     * @return the renamed element (DOM may replace the node)
     */
    public static Element renameElement(Element element, String newName) {
        return (Element) element.getOwnerDocument().renameNode(element, element.getNamespaceURI(), newName);
    }

    private static List<Attr> attributes(Element element) {
        NamedNodeMap map = element.getAttributes();
        List<Attr> result = new ArrayList<>(map.getLength());
        for (int i = 0; i < map.getLength(); i++) {
            Node node = map.item(i);
            result.add((Attr) node);
        }
        return result;
    }
}
