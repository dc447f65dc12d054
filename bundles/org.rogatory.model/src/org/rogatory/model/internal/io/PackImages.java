package org.rogatory.model.internal.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.rogatory.model.io.ImageCache;
import org.rogatory.model.io.PackSource;
import org.rogatory.model.scenario.ScenarioPackage;

/**
 * Images of pack files: the objects of one file as EMF's binary form, kept in a folder of the user's and used in place
 * of the file's XMI whenever the file's bytes are exactly those the image was made from.
 *
 * <p>An image is named after a SHA-256 digest of the file's bytes together with a fingerprint of the scenario format
 * (every class, feature, type and literal) and of the image layout, so an edited file, a changed format or a newer
 * layout never finds an old image. Each image carries its name and a CRC32C checksum of its content: a truncated,
 * damaged or misplaced image is not used (and deleted, unless the images are only {@linkplain #readOnly read}); the
 * XMI is read instead. Images are written only for files in the current
 * format that loaded without any error or warning, they keep cross-file references as references (resolved later
 * exactly as from XMI), and nothing that reads a pack trusts an image to be valid: the pack is validated as always.
 *
 * <p>Reading and writing images never fails a load: a folder that cannot be read or written only means the XMI is
 * read.
 *
 * <p>A pack plug-in may also carry images of its own files, in its {@value #CARRIED} folder ({@link #carry}): the
 * built-in pack does, so that even the first start of the product reads no XMI. They are looked up after the cache,
 * by the same names, and only for installed plug-ins.
 */
public final class PackImages {

    /** The layout of an image file; a change of layout changes every name. */
    private static final String LAYOUT = "rogatory-image-3"; //$NON-NLS-1$

    private static final byte[] MAGIC = "ROGATORY IMAGE\n".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

    private static final String SUFFIX = ".rogimage"; //$NON-NLS-1$

    /** The folder, inside a pack, of the images the pack carries. */
    public static final String CARRIED = ImageCache.CARRIED_FOLDER + '/';

    /** The file, in {@link #CARRIED}, that holds the fingerprint the carried images were made with. */
    private static final String MARK = "fingerprint"; //$NON-NLS-1$

    /** The largest image a pack may carry, in bytes. */
    private static final int MAX_CARRIED = 64 * 1024 * 1024;

    private static final int NAME_LENGTH = 64;

    private static final int HEADER = MAGIC.length + NAME_LENGTH + Long.BYTES + Integer.BYTES;

    /** Images not used for this long are deleted by {@link #prune}. */
    public static final Duration KEEP_UNUSED = Duration.ofDays(30);

    /** EMF's binary form; {@link ImageOutput} keeps the value strings in a table of its own. */
    private static final Map<Object, Object> SAVE_OPTIONS = Map.of(BinaryResourceImpl.OPTION_VERSION,
            BinaryResourceImpl.BinaryIO.Version.VERSION_1_0);

    private final Path directory;
    private final boolean writes;
    private Boolean mayHold;

    /**
     * Uses a folder for images; it is created when the first image is written.
     *
     * @param directory the folder
     */
    public PackImages(Path directory) {
        this(directory, true);
    }

    private PackImages(Path directory, boolean writes) {
        this.directory = directory;
        this.writes = writes;
    }

    /**
     * Gives images in the same folder that are only read: no image is written or deleted, and when the folder does not
     * exist no file's bytes are even hashed.
     *
     * @return the read-only images
     */
    public PackImages readOnly() {
        return new PackImages(directory, false);
    }

    /**
     * Tells whether a load should look for images at all: always when images are written, else only when the folder
     * exists (asked once).
     *
     * @return {@code false} when no image can be found
     */
    public boolean mayHold() {
        if (writes) {
            return true;
        }
        if (mayHold == null) {
            mayHold = Files.isDirectory(directory);
        }
        return mayHold;
    }

    /**
     * Gives the folder.
     *
     * @return the folder images are kept in
     */
    public Path directory() {
        return directory;
    }

    /**
     * Names the image of a file's bytes.
     *
     * @param source a buffer holding the file's bytes, as read, from its start
     * @param length the number of bytes
     * @return 64 hexadecimal digits
     */
    public static String nameOf(byte[] source, int length) {
        MessageDigest digest = sha256();
        digest.update(Fingerprint.VALUE);
        digest.update(source, 0, length);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Reads an image into an empty resource.
     *
     * @param name the image's name
     * @param into the resource of the file the image was made from
     * @param shared the map in which the files of one load share equal strings, or {@code null}
     * @return {@code true} if the resource now holds the file's objects; {@code false} if there was no usable image,
     *         and the resource is left empty
     */
    public boolean read(String name, Resource into, Map<String, String> shared) {
        Path file = directory.resolve(name + SUFFIX);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return false;
        }
        if (!decode(bytes, name, into, shared)) {
            if (writes) {
                delete(file);
            }
            return false;
        }
        return true;
    }

    /**
     * Tells whether an installed pack carries images of its files made in the current format and layout: a folder
     * {@value #CARRIED} next to {@code pack.rogatory} with the fingerprint of the format in a file {@value #MARK}.
     * Asking costs one small read, so a pack without images is not hashed at all.
     *
     * @param source the pack's files
     * @return {@code true} if the pack's images can be read with {@link #readCarried}
     */
    public static boolean carriedBy(PackSource source) {
        try (InputStream in = source.open(CARRIED + MARK)) {
            byte[] mark = in.readNBytes(2 * NAME_LENGTH + 2);
            String recorded = new String(mark, StandardCharsets.US_ASCII).strip();
            return recorded.equals(HexFormat.of().formatHex(Fingerprint.VALUE));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads the image a pack carries of a file's bytes into an empty resource.
     *
     * @param source the pack's files
     * @param name the image's name
     * @param into the resource of the file the image was made from
     * @param shared the map in which the files of one load share equal strings, or {@code null}
     * @return {@code true} if the resource now holds the file's objects; {@code false} if the pack has no usable image
     *         of these bytes, and the resource is left empty
     */
    public static boolean readCarried(PackSource source, String name, Resource into, Map<String, String> shared) {
        byte[] bytes;
        try (InputStream in = source.open(CARRIED + name + SUFFIX)) {
            bytes = in.readNBytes(MAX_CARRIED + 1);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return bytes.length <= MAX_CARRIED && decode(bytes, name, into, shared);
    }

    /**
     * Makes the images in a folder the images a pack carries: they replace every image in the pack's
     * {@value #CARRIED} folder, and the fingerprint mark is written last.
     *
     * @param made a folder that holds exactly the images of one clean load of the pack
     * @param packFolder the pack's folder on disk
     * @return the number of images the pack now carries
     * @throws IOException if a folder cannot be read or written
     */
    public static int carry(Path made, Path packFolder) throws IOException {
        Path folder = packFolder.resolve(CARRIED);
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve(MARK));
        try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, "*" + SUFFIX)) { //$NON-NLS-1$
            for (Path image : old) {
                Files.delete(image);
            }
        }
        int count = 0;
        try (DirectoryStream<Path> images = Files.newDirectoryStream(made, "*" + SUFFIX)) { //$NON-NLS-1$
            for (Path image : images) {
                Files.copy(image, folder.resolve(image.getFileName()));
                count++;
            }
        }
        Files.writeString(folder.resolve(MARK), HexFormat.of().formatHex(Fingerprint.VALUE) + "\n", //$NON-NLS-1$
                StandardCharsets.US_ASCII);
        return count;
    }

    /** Reads a whole, undamaged image of that name into an empty resource; leaves it empty if it cannot. */
    private static boolean decode(byte[] bytes, String name, Resource into, Map<String, String> shared) {
        if (!whole(bytes, name)) {
            return false;
        }
        ResourceImpl resource = (ResourceImpl) into;
        Map<String, EObject> ids = resource.getIntrinsicIDToEObjectMap();
        try {
            ByteBuffer body = ByteBuffer.wrap(bytes, HEADER, bytes.length - HEADER);
            String[] strings = readStrings(body, shared);
            ImageInput input = new ImageInput(new ByteArrayInputStream(bytes, body.position(), body.remaining()),
                    strings, ids);
            // Without an id map, EMF does not walk the whole file again as its objects join it: the input enters each
            // id as it reads it.
            resource.setIntrinsicIDToEObjectMap(null);
            input.loadResource(into);
        } catch (IOException | RuntimeException e) {
            into.getContents().clear();
            return false;
        } finally {
            resource.setIntrinsicIDToEObjectMap(ids);
        }
        return true;
    }

    /**
     * Writes the image of a loaded file, unless an image of that name exists. A write that fails leaves no image.
     *
     * @param name the name of the file's bytes
     * @param from the loaded file; its cross-file references must still be proxies, as a load leaves them
     */
    public void write(String name, Resource from) {
        Path file = directory.resolve(name + SUFFIX);
        if (!writes || Files.exists(file)) {
            return;
        }
        Path temporary = null;
        try {
            ByteArrayOutputStream objects = new ByteArrayOutputStream(64 * 1024);
            ImageOutput output = new ImageOutput(objects);
            output.saveResource(from);
            output.flush();
            ByteArrayOutputStream body = new ByteArrayOutputStream(objects.size() + 32 * 1024);
            writeStrings(output.strings(), body);
            objects.writeTo(body);
            byte[] content = body.toByteArray();
            CRC32C crc = new CRC32C();
            crc.update(content);
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            header.put(MAGIC).put(name.getBytes(StandardCharsets.US_ASCII)).putLong(content.length)
                    .putInt((int) crc.getValue());
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, name, ".tmp"); //$NON-NLS-1$
            try (var out = Files.newOutputStream(temporary)) {
                out.write(header.array());
                out.write(content);
            }
            move(temporary, file);
            temporary = null;
        } catch (IOException | RuntimeException e) {
            // No image: the next load reads the XMI again.
        } finally {
            if (temporary != null) {
                delete(temporary);
            }
        }
    }

    /**
     * Marks images as used now, and deletes images that have not been used for {@link #KEEP_UNUSED}. Marks are only
     * written once a day per image, so loading a pack does not rewrite a thousand time stamps.
     *
     * @param used the names of the images a load used or wrote
     * @param now the current time
     */
    public void prune(Set<String> used, Instant now) {
        if (!writes || !Files.isDirectory(directory)) {
            return;
        }
        FileTime today = FileTime.from(now);
        Instant stale = now.minus(KEEP_UNUSED);
        Instant yesterday = now.minus(Duration.ofDays(1));
        try (DirectoryStream<Path> images = Files.newDirectoryStream(directory, "*" + SUFFIX)) { //$NON-NLS-1$
            for (Path image : images) {
                String fileName = image.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - SUFFIX.length());
                Instant modified = Files.getLastModifiedTime(image).toInstant();
                if (used.contains(name)) {
                    if (modified.isBefore(yesterday)) {
                        Files.setLastModifiedTime(image, today);
                    }
                } else if (modified.isBefore(stale)) {
                    delete(image);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Pruning is housekeeping; the next load tries again.
        }
    }

    /** Writes the string table: the number of strings, then each as its length in bytes and its UTF-8 bytes. */
    private static void writeStrings(List<String> strings, ByteArrayOutputStream out) {
        ByteBuffer number = ByteBuffer.allocate(Integer.BYTES);
        out.writeBytes(number.putInt(0, strings.size()).array());
        for (String string : strings) {
            byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(number.putInt(0, utf8.length).array());
            out.writeBytes(utf8);
        }
    }

    /** Reads the string table, sharing each string with the other files of the load. */
    private static String[] readStrings(ByteBuffer body, Map<String, String> shared) throws IOException {
        int count = body.getInt();
        if (count < 0 || count > body.remaining() / Integer.BYTES) {
            throw new IOException("bad string count " + count); //$NON-NLS-1$
        }
        String[] strings = new String[count];
        byte[] array = body.array();
        for (int i = 0; i < count; i++) {
            int length = body.getInt();
            if (length < 0 || length > body.remaining()) {
                throw new IOException("bad string length " + length); //$NON-NLS-1$
            }
            String text = new String(array, body.position(), length, StandardCharsets.UTF_8);
            strings[i] = SharedStrings.share(shared, text);
            body.position(body.position() + length);
        }
        return strings;
    }

    /** Whether the bytes are a whole, undamaged image of that name. */
    private static boolean whole(byte[] bytes, String name) {
        if (bytes.length < HEADER) {
            return false;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[MAGIC.length];
        buffer.get(magic);
        byte[] recorded = new byte[NAME_LENGTH];
        buffer.get(recorded);
        long length = buffer.getLong();
        int checksum = buffer.getInt();
        if (!Arrays.equals(magic, MAGIC)
                || !name.equals(new String(recorded, StandardCharsets.US_ASCII)) || length != bytes.length - HEADER) {
            return false;
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, HEADER, bytes.length - HEADER);
        return (int) crc.getValue() == checksum;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | SecurityException e) {
            // Left for the next attempt.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes EMF's binary form with each distinct value string written once, into a table that goes before the objects:
     * values, ids and references repeat within a file (a benchmark scenario has 115 KB of attribute text, 19 KB of it
     * distinct), so a repeated string is a number, and the table is decoded in bulk instead of a character at a time.
     * EMF's own table (version 1.1) also splits every string into words, which costs more to read than it saves here.
     */
    private static final class ImageOutput extends BinaryResourceImpl.EObjectOutputStream {

        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> strings = new ArrayList<>();

        ImageOutput(ByteArrayOutputStream out) throws IOException {
            super(out, SAVE_OPTIONS);
        }

        @Override
        public void writeSegmentedString(String value) throws IOException {
            if (value == null) {
                writeCompressedInt(-1);
                return;
            }
            Integer known = ids.get(value);
            if (known == null) {
                known = strings.size();
                ids.put(value, known);
                strings.add(value);
            }
            writeCompressedInt(known);
        }

        List<String> strings() {
            return strings;
        }
    }

    /**
     * Reads what {@link ImageOutput} wrote: the format's own data types as {@link DataValues} reads them from XMI (no
     * reflection), and value strings from the table read before the objects.
     */
    private static final class ImageInput extends BinaryResourceImpl.EObjectInputStream {

        private static final EFactoryImpl PLAIN_VALUES = new EFactoryImpl() {
            @Override
            public Object createFromString(EDataType eDataType, String literalValue) {
                return literalValue == null ? null : DataValues.read(eDataType, literalValue);
            }
        };

        private final String[] strings;
        private final Map<String, EObject> ids;

        ImageInput(ByteArrayInputStream in, String[] strings, Map<String, EObject> ids) throws IOException {
            super(in, Map.of());
            this.strings = strings;
            this.ids = ids;
        }

        /**
         * Enters each id in the file's id map as it is read, as EMF does when an object joins a file: an object's id is
         * its first feature (from {@code Identified}) and objects are read each before its contents, so the entries are
         * made in the order of the file, and of all objects with the same id the last one wins, as with EMF's walk.
         */
        @Override
        protected void loadFeatureValue(InternalEObject internalEObject, EStructuralFeatureData data)
                throws IOException {
            super.loadFeatureValue(internalEObject, data);
            if (ids != null && data.eStructuralFeature instanceof EAttribute attribute && attribute.isID()) {
                Object value = internalEObject.eGet(attribute);
                String id = value instanceof String text ? text
                        : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
                if (id != null) {
                    ids.put(id, internalEObject);
                }
            }
        }

        @Override
        protected EStructuralFeatureData getEStructuralFeatureData(EClassData eClassData, int featureID)
                throws IOException {
            EStructuralFeatureData data = super.getEStructuralFeatureData(eClassData, featureID);
            if (data.eFactory != null && data.eFactory != PLAIN_VALUES && data.dataConverter == null
                    && DataValues.handles(data.eFactory, data.eDataType)) {
                data.eFactory = PLAIN_VALUES;
            }
            return data;
        }

        @Override
        public String readSegmentedString() throws IOException {
            int id = readCompressedInt();
            if (id == -1) {
                return null;
            }
            if (id < 0 || id >= strings.length) {
                throw new IOException("string " + id + " of " + strings.length); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return strings[id];
        }
    }

    /** The format as images depend on it: every class with its features, every data type and every literal. */
    private static final class Fingerprint {

        static final byte[] VALUE = compute();

        private static byte[] compute() {
            StringBuilder text = new StringBuilder(LAYOUT).append('\n').append(ScenarioPackage.eNS_URI).append('\n');
            for (EClassifier classifier : ScenarioPackage.eINSTANCE.getEClassifiers()) {
                text.append(classifier.eClass().getName()).append(' ').append(classifier.getName()).append(' ')
                        .append(classifier.getInstanceClassName()).append('\n');
                if (classifier instanceof EClass type) {
                    type.getESuperTypes().forEach(superType -> text.append(" < ").append(superType.getName()));
                    for (EStructuralFeature feature : type.getEStructuralFeatures()) {
                        text.append(' ').append(feature.getName()).append(':').append(feature.getEType().getName())
                                .append('[').append(feature.getLowerBound()).append(',')
                                .append(feature.getUpperBound()).append(']').append(feature.isTransient() ? 't' : '-')
                                .append(feature.isUnsettable() ? 'u' : '-');
                        if (feature instanceof EReference reference) {
                            text.append(reference.isContainment() ? 'c' : '-')
                                    .append(reference.isResolveProxies() ? 'p' : '-');
                        } else if (feature instanceof EAttribute attribute) {
                            text.append(attribute.isID() ? 'i' : '-').append('=')
                                    .append(attribute.getDefaultValueLiteral());
                        }
                        text.append('\n');
                    }
                } else if (classifier instanceof EEnum enumeration) {
                    for (EEnumLiteral literal : enumeration.getELiterals()) {
                        text.append(' ').append(literal.getName()).append('=').append(literal.getValue()).append('\n');
                    }
                }
            }
            return sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
