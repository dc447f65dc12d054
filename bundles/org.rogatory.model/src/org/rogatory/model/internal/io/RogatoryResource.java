package org.rogatory.model.internal.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.rogatory.model.io.PackSource;
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

    /**
     * Load option: the {@link PackImages} to read this file's objects from when its bytes have an image, and to write
     * an image to after a clean load. Like shared strings it changes no value: an image holds exactly what the XMI
     * would give.
     */
    public static final String OPTION_IMAGES = "org.rogatory.model.images"; //$NON-NLS-1$

    /**
     * Load option: the {@link PackSource} of an installed pack that {@linkplain PackImages#carriedBy carries} images of
     * its files, read when the cache of {@link #OPTION_IMAGES} has none. The loader sets it only for
     * {@linkplain PackSource#isInstalled installed} packs; a pack read from a folder or an archive is always parsed.
     */
    public static final String OPTION_CARRIED_IMAGES = "org.rogatory.model.carriedImages"; //$NON-NLS-1$

    private final FormatMigrations migrations;
    private final SourcePositions positions = new SourcePositions();
    private Map<String, String> sharedStrings;
    private String imageName;
    private boolean fromImage;
    private volatile boolean idsComplete;

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

    /**
     * Tells whether this file's objects came from an image rather than from its XMI; such a file has no positions.
     *
     * @return {@code true} if an image was read
     */
    public boolean isFromImage() {
        return fromImage;
    }

    /**
     * Tells whether every id of this file is in its id map, so a lookup by id only reads the map. It is so after a
     * load without errors, from XMI (ids are entered as they are read) or from an image (EMF enters them as the objects
     * join the file).
     *
     * @return {@code true} once the file is loaded without errors
     */
    public boolean idsComplete() {
        return idsComplete;
    }

    /**
     * Gives the name of this file's image, when images were asked for.
     *
     * @return the name, or {@code null} if the load used no images
     */
    public String imageName() {
        return imageName;
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

    /**
     * Reads the file's image when the load has images and one was made from exactly these bytes; otherwise parses the
     * file after the format gate, ignoring caller options so none can weaken the parser, and leaves an image of a load
     * without errors or warnings in the current format.
     */
    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        byte[] source;
        byte[] document;
        sharedStrings = sharedStrings(options);
        PackImages images = options == null ? null : (PackImages) options.get(OPTION_IMAGES);
        if (images != null && !images.mayHold()) {
            images = null;
        }
        PackSource carried = options == null ? null : (PackSource) options.get(OPTION_CARRIED_IMAGES);
        try {
            // Read into a buffer kept by the thread: when an image is used, the bytes are only hashed.
            Scratch scratch = SCRATCH.get();
            int length = scratch.fill(inputStream);
            if (length < 0) {
                throw tooLarge();
            }
            if (images != null || carried != null) {
                imageName = PackImages.nameOf(scratch.bytes, length);
                // An image exists only for bytes that passed the gate in the current format and loaded cleanly.
                if (images != null && images.read(imageName, this, sharedStrings)
                        || carried != null && PackImages.readCarried(carried, imageName, this, sharedStrings)) {
                    fromImage = true;
                    idsComplete = true;
                    return;
                }
            }
            source = Arrays.copyOf(scratch.bytes, length);
            scratch.shrink();
            document = FormatGate.prepare(source, migrations, getURI().toString());
        } catch (DocumentProblem problem) {
            getErrors().add(problem);
            throw new IOWrappedException(problem);
        }
        Map<Object, Object> safe = new HashMap<>();
        safe.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        super.doLoad(new ByteArrayInputStream(document), safe);
        idsComplete = getErrors().isEmpty();
        if (images != null && document == source && getErrors().isEmpty() && getWarnings().isEmpty()) {
            images.write(imageName, this);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> sharedStrings(Map<?, ?> options) {
        Object shared = options == null ? null : options.get(OPTION_SHARED_STRINGS);
        return shared instanceof ConcurrentMap<?, ?> map ? (Map<String, String>) map : null;
    }

    private DocumentProblem tooLarge() {
        return new DocumentProblem(getURI().toString(), 0, 0,
                NLS.bind(Messages.Xml_tooLarge, Integer.toString(MAX_BYTES / (1024 * 1024))),
                Messages.Xml_tooLargeHint);
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** A thread's buffer for reading files: with an image the bytes are only hashed, without one they are copied once. */
    private static final class Scratch {

        /** Buffers grown beyond this are not kept for the next file. */
        private static final int KEEP = 1024 * 1024;

        byte[] bytes = new byte[64 * 1024];

        /** Reads the whole stream into the buffer; returns the number of bytes, or -1 beyond the size limit. */
        int fill(InputStream in) throws IOException {
            int length = 0;
            while (true) {
                if (length == bytes.length) {
                    if (length > MAX_BYTES) {
                        shrink();
                        return -1;
                    }
                    bytes = Arrays.copyOf(bytes, Math.min(bytes.length * 2, MAX_BYTES + 1));
                }
                int read = in.read(bytes, length, bytes.length - length);
                if (read < 0) {
                    return length;
                }
                length += read;
            }
        }

        /** Lets a buffer grown for a large file go. */
        void shrink() {
            if (bytes.length > KEEP) {
                bytes = new byte[64 * 1024];
            }
        }
    }
}
