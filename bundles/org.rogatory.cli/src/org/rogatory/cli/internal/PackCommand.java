package org.rogatory.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rogatory.engine.Engine;
import org.rogatory.engine.packs.ImportedPack;
import org.rogatory.engine.packs.PackImportException;
import org.rogatory.engine.packs.PackImporter;
import org.rogatory.engine.packs.PackProjects;
import org.rogatory.engine.validation.PackProblem;
import org.rogatory.engine.validation.PackValidator;
import org.rogatory.model.archive.ArchiveManifest;
import org.rogatory.model.archive.PackArchives;
import org.rogatory.model.io.ImageCache;
import org.rogatory.model.io.LoadException;
import org.rogatory.model.io.LoadedPack;

/**
 * {@code rogatory pack export|import|project|images}: packs in and out. Export, project and images refuse a pack with
 * errors, so a centre never distributes one; import refuses hostile archives and packs with errors and writes nothing
 * then.
 */
final class PackCommand implements Command {

    private static final String EXPORT = "export"; //$NON-NLS-1$
    private static final String IMPORT = "import"; //$NON-NLS-1$
    private static final String PROJECT = "project"; //$NON-NLS-1$
    private static final String IMAGES = "images"; //$NON-NLS-1$

    @Override
    public String name() {
        return "pack"; //$NON-NLS-1$
    }

    @Override
    public String usage() {
        return Messages.Pack_usage;
    }

    @Override
    public String usage(List<String> args) {
        String sub = args.isEmpty() ? "" : args.get(0); //$NON-NLS-1$
        return switch (sub) {
            case EXPORT -> Messages.Pack_export_usage;
            case IMPORT -> Messages.Pack_import_usage;
            case PROJECT -> Messages.Pack_project_usage;
            case IMAGES -> Messages.Pack_images_usage;
            default -> usage();
        };
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String sub = args.isEmpty() ? "" : args.get(0); //$NON-NLS-1$
        List<String> rest = args.subList(Math.min(1, args.size()), args.size());
        return switch (sub) {
            case EXPORT -> export(rest, out, err);
            case IMPORT -> importArchive(rest, out, err);
            case PROJECT -> project(rest, out, err);
            case IMAGES -> images(rest, out, err);
            default -> {
                err.println(sub.isEmpty() ? Messages.Pack_noSubcommand : NLS.bind(Messages.Pack_unknownSubcommand, sub));
                yield Cli.USAGE;
            }
        };
    }

    private static int export(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 3 || !"--out".equals(args.get(1)) || !args.get(2).endsWith('.' + PackArchives.EXTENSION)) { //$NON-NLS-1$
            err.println(Messages.Pack_export_arguments);
            return Cli.USAGE;
        }
        LoadedPack pack = validPack(args.get(0), err);
        if (pack == null) {
            return Cli.FAILED;
        }
        Path target = Path.of(args.get(2));
        try {
            ArchiveManifest manifest = PackArchives.write(pack, target);
            out.println(NLS.bind(Messages.Pack_exported, new Object[] { manifest.id(), manifest.version(),
                    manifest.entries().size(), target }));
            out.println(NLS.bind(Messages.Pack_digest, manifest.digest()));
            return Cli.OK;
        } catch (IOException e) {
            err.println(NLS.bind(Messages.Pack_cannotWrite, target, e.getMessage()));
            return Cli.FAILED;
        }
    }

    private static int importArchive(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 3 || !"--into".equals(args.get(1))) { //$NON-NLS-1$
            err.println(Messages.Pack_import_arguments);
            return Cli.USAGE;
        }
        Path archive = Path.of(args.get(0));
        Path folder = Path.of(args.get(2));
        PackImporter importer = new PackImporter(Engine.standard());
        try {
            PackImporter.Checked checked = importer.check(archive);
            checked.warnings().forEach(out::println);
            ImportedPack installed = importer.install(checked, folder);
            ArchiveManifest manifest = checked.archive().manifest();
            out.println(NLS.bind(Messages.Pack_imported, new Object[] { manifest.id(), manifest.version(),
                    installed.folder() }));
            out.println(NLS.bind(Messages.Pack_digest, manifest.digest()));
            return Cli.OK;
        } catch (PackImportException e) {
            e.problems().forEach(err::println);
            err.println(e.getMessage());
            return Cli.FAILED;
        } catch (IOException e) {
            err.println(NLS.bind(Messages.Pack_cannotWrite, folder, e.getMessage()));
            return Cli.FAILED;
        }
    }

    private static int project(List<String> args, PrintStream out, PrintStream err) {
        boolean plain = args.size() == 3 && "--out".equals(args.get(1)); //$NON-NLS-1$
        boolean named = args.size() == 5 && "--out".equals(args.get(1)) && "--bundle".equals(args.get(3)); //$NON-NLS-1$ //$NON-NLS-2$
        if (!plain && !named) {
            err.println(Messages.Pack_project_arguments);
            return Cli.USAGE;
        }
        if (named && !PackProjects.isBundleName(args.get(4))) {
            err.println(NLS.bind(Messages.Pack_badBundleName, args.get(4)));
            return Cli.USAGE;
        }
        LoadedPack pack = validPack(args.get(0), err);
        if (pack == null) {
            return Cli.FAILED;
        }
        String bundle = named ? args.get(4) : PackProjects.defaultBundleName(pack.pack().getId());
        Path folder = Path.of(args.get(2));
        try {
            PackProjects.write(pack, folder, bundle);
        } catch (IOException e) {
            err.println(NLS.bind(Messages.Pack_cannotWrite, folder, e.getMessage()));
            return Cli.FAILED;
        }
        out.println(NLS.bind(Messages.Pack_projectWritten, new Object[] { pack.pack().getId(), bundle, folder }));
        out.println(NLS.bind(Messages.Pack_projectBuild, installFolder()));
        return Cli.OK;
    }

    private static int images(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println(Messages.Pack_images_arguments);
            return Cli.USAGE;
        }
        LoadedPack pack = validPack(args.get(0), err);
        if (pack == null) {
            return Cli.FAILED;
        }
        Path folder = Path.of(args.get(0));
        Path images = folder.resolve(ImageCache.CARRIED_FOLDER);
        try {
            int count = ImageCache.writeCarried(folder);
            out.println(NLS.bind(Messages.Pack_imagesWritten, new Object[] { pack.pack().getId(), count, images }));
            return Cli.OK;
        } catch (LoadException e) {
            err.println(e.getMessage());
            return Cli.FAILED;
        } catch (IOException e) {
            err.println(NLS.bind(Messages.Pack_cannotWrite, images, e.getMessage()));
            return Cli.FAILED;
        }
    }

    /** Loads a pack folder and validates it; prints the problems and returns null if it has errors. */
    private static LoadedPack validPack(String argument, PrintStream err) {
        if (!Files.isDirectory(Path.of(argument))) {
            err.println(NLS.bind(Messages.Pack_notAFolder, argument));
            return null;
        }
        LoadedPack pack = Packs.load(argument, err);
        if (pack == null) {
            return null;
        }
        List<PackProblem> errors = new PackValidator(Engine.standard()).validate(pack).stream()
                .filter(p -> p.severity() == PackProblem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            errors.forEach(err::println);
            err.println(NLS.bind(Messages.Pack_hasErrors, argument, errors.size()));
            return null;
        }
        return pack;
    }

    /** The folder this Rogatory runs from, which is what the exported build's rogatory.home must name. */
    private static String installFolder() {
        String area = System.getProperty("osgi.install.area"); //$NON-NLS-1$
        if (area == null) {
            return Messages.Pack_installFolderUnknown;
        }
        return area.startsWith("file:") ? Path.of(area.substring("file:".length())).toString() : area; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
