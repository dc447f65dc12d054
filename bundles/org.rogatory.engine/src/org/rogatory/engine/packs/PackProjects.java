package org.rogatory.engine.packs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Version;
import org.rogatory.engine.internal.project.ProjectTemplates;
import org.rogatory.model.archive.PackArchives;
import org.rogatory.model.io.ImageCache;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;
import org.rogatory.model.scenario.Pack;

/**
 * Writes a pack as a plug-in project that a regional centre builds with Maven alone: the data-only pack plug-in, a
 * feature, an update site, and a pom-less Tycho build whose first step validates the pack with an installed Rogatory
 * and fails on errors. The pack's files are copied byte for byte.
 */
public final class PackProjects {

    /** What a plug-in's symbolic name may look like: dot-separated parts of letters, digits, '_' and '-'. */
    private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*"); //$NON-NLS-1$

    private PackProjects() {
    }

    /**
     * Proposes a plug-in name for a pack when the centre gives none.
     *
     * @param packId the pack id
     * @return e.g. {@code rogatory.pack.my-pack}
     */
    public static String defaultBundleName(String packId) {
        return "rogatory.pack." + packId; //$NON-NLS-1$
    }

    /**
     * Checks a plug-in name a person typed.
     *
     * @param name the name
     * @return whether it can be a bundle's symbolic name
     */
    public static boolean isBundleName(String name) {
        return name != null && SYMBOLIC_NAME.matcher(name).matches();
    }

    /**
     * Writes the project into a folder that does not exist yet or is empty. The plug-in's pack carries images of its
     * files ({@link ImageCache#writeCarried}), which the project's build makes again.
     *
     * @param loaded a pack loaded with all its scenarios (validate it first: the project's build would fail anyway)
     * @param folder the project folder
     * @param bundleName the plug-in's symbolic name, see {@link #isBundleName(String)}
     * @throws IOException if the folder holds files already or a file cannot be written
     */
    public static void write(LoadedPack loaded, Path folder, String bundleName) throws IOException {
        if (!isBundleName(bundleName)) {
            throw new IllegalArgumentException(bundleName);
        }
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            throw new IOException(NLS.bind(Messages.PackProjects_notEmpty, folder));
        }
        Pack pack = loaded.pack();
        Map<String, String> text = values(pack, bundleName, false);
        Map<String, String> properties = values(pack, bundleName, true);
        Path bundle = folder.resolve(bundleName);
        Path feature = folder.resolve(bundleName + ".feature"); //$NON-NLS-1$
        write(folder.resolve("pom.xml"), "pom.xml.template", text); //$NON-NLS-1$ //$NON-NLS-2$
        write(folder.resolve(".mvn/extensions.xml"), "extensions.xml.template", text); //$NON-NLS-1$ //$NON-NLS-2$
        write(folder.resolve("README.md"), "README.md.template", text); //$NON-NLS-1$ //$NON-NLS-2$
        write(bundle.resolve("META-INF/MANIFEST.MF"), "MANIFEST.MF.template", text); //$NON-NLS-1$ //$NON-NLS-2$
        write(bundle.resolve("plugin.xml"), "plugin.xml.template", text); //$NON-NLS-1$ //$NON-NLS-2$
        write(bundle.resolve("plugin.properties"), "plugin.properties.template", properties); //$NON-NLS-1$ //$NON-NLS-2$
        write(bundle.resolve("build.properties"), "build.properties.template", text); //$NON-NLS-1$ //$NON-NLS-2$
        write(feature.resolve("feature.xml"), "feature.xml.template", text); //$NON-NLS-1$ //$NON-NLS-2$
        write(feature.resolve("feature.properties"), "feature.properties.template", properties); //$NON-NLS-1$ //$NON-NLS-2$
        write(feature.resolve("build.properties"), "feature.build.properties.template", text); //$NON-NLS-1$ //$NON-NLS-2$
        write(folder.resolve("site/category.xml"), "category.xml.template", text); //$NON-NLS-1$ //$NON-NLS-2$
        Path packFolder = bundle.resolve("pack"); //$NON-NLS-1$
        for (Map.Entry<String, byte[]> file : PackArchives.packFiles(loaded).entrySet()) {
            Path target = packFolder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        // The images the plug-in carries; the project's build makes them again with the Rogatory that builds it.
        try {
            ImageCache.writeCarried(packFolder);
        } catch (LoadException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Map<String, String> values(Pack pack, String bundleName, boolean forProperties) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("BUNDLE", bundleName); //$NON-NLS-1$
        values.put("PACK_ID", pack.getId()); //$NON-NLS-1$
        values.put("PACK_VERSION", String.valueOf(pack.getVersion())); //$NON-NLS-1$
        values.put("VERSION", bundleVersion(pack.getVersion())); //$NON-NLS-1$
        String title = pack.getTitle() == null ? pack.getId() : pack.getTitle();
        String provider = pack.getAuthors().isEmpty() ? Messages.PackProjects_defaultProvider
                : String.join(", ", pack.getAuthors()); //$NON-NLS-1$
        String description = pack.getDescription() == null ? title : pack.getDescription();
        values.put("TITLE", forProperties ? ProjectTemplates.property(title) : title); //$NON-NLS-1$
        values.put("PROVIDER", forProperties ? ProjectTemplates.property(provider) : provider); //$NON-NLS-1$
        values.put("DESCRIPTION", forProperties ? ProjectTemplates.property(description) : description); //$NON-NLS-1$
        return values;
    }

    /** The pack version as major.minor.micro, which the plug-in and feature add {@code .qualifier} to. */
    private static String bundleVersion(String packVersion) {
        Version version;
        try {
            version = Version.parseVersion(packVersion == null ? "" : packVersion.strip()); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            version = new Version(1, 0, 0);
        }
        return version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void write(Path file, String template, Map<String, String> values) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, ProjectTemplates.fill(template, values), StandardCharsets.UTF_8);
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }
}
