package org.rogatory.model.internal.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.migration.FormatMigrations;

/**
 * An XMI resource for one pack file that checks the format gate before parsing, parses with hardened settings whatever
 * options a caller passes, and remembers where each object was read.
 */
public final class RogatoryResource extends XMIResourceImpl {

    /** Files larger than this are refused unread: no real pack file comes close, and memory is not unlimited. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    /**
     * Load option: a thread-safe map in which the files of one load share their equal string values. Names, texts and
     * ids repeat across the scenarios of a pack, and each copy would otherwise stay in memory for as long as the pack
     * is open. It changes no value, so unlike the parser settings it may come from the caller.
     */
    public static final String OPTION_SHARED_STRINGS = "org.rogatory.model.sharedStrings"; //$NON-NLS-1$

    private final FormatMigrations migrations;
    private final SourcePositions positions = new SourcePositions();
    private Map<String, String> sharedStrings;

    RogatoryResource(URI uri, FormatMigrations migrations) {
        super(uri);
        this.migrations = migrations;
        setIntrinsicIDToEObjectMap(new HashMap<>());
    }

    /**
     * Tells where the objects and references of this file were read.
     *
     * @return the positions recorded while loading
     */
    public SourcePositions positions() {
        return positions;
    }

    @Override
    protected XMLHelper createXMLHelper() {
        return new RogatoryXmiHelper(this);
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new SafeXmiLoad(createXMLHelper(), positions, sharedStrings);
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    /** Parses the file after the format gate, ignoring caller options so none can weaken the parser. */
    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        byte[] document;
        try {
            document = FormatGate.prepare(readLimited(inputStream), migrations, getURI().toString());
        } catch (DocumentProblem problem) {
            getErrors().add(problem);
            throw new IOWrappedException(problem);
        }
        sharedStrings = sharedStrings(options);
        Map<Object, Object> safe = new HashMap<>();
        safe.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        super.doLoad(new ByteArrayInputStream(document), safe);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> sharedStrings(Map<?, ?> options) {
        Object shared = options == null ? null : options.get(OPTION_SHARED_STRINGS);
        return shared instanceof ConcurrentMap<?, ?> map ? (Map<String, String>) map : null;
    }

    private byte[] readLimited(InputStream in) throws DocumentProblem, IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new DocumentProblem(getURI().toString(), 0, 0,
                    NLS.bind(Messages.Xml_tooLarge, Integer.toString(MAX_BYTES / (1024 * 1024))),
                    Messages.Xml_tooLargeHint);
        }
        return bytes;
    }
}
