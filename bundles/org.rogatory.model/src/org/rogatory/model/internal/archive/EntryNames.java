package org.rogatory.model.internal.archive;

import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rogatory.model.internal.io.PackPaths;

/**
 * The rules for entry names: an entry may only ever land inside the folder it is extracted to, on Windows as well as on
 * Linux and macOS. Each way out gets its own message, so the person who made the archive learns what to change.
 */
public final class EntryNames {

    /** The archive's own manifest, the first entry. */
    public static final String MANIFEST = "rogpack.json"; //$NON-NLS-1$

    /** The folder inside the archive that holds the pack's files, as in a pack plug-in. */
    public static final String PACK_FOLDER = "pack/"; //$NON-NLS-1$

    /** Names Windows reserves for devices, whatever the extension: a file called {@code con.rogatory} cannot exist. */
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
            "lpt8", "lpt9"); //$NON-NLS-1$ //$NON-NLS-2$

    private EntryNames() {
    }

    /**
     * Checks an entry name and says what is wrong with it.
     *
     * @param name the name as stored (folders end with {@code /})
     * @throws ArchiveRefusal if extracting the entry could write outside the target folder, or could not be written on
     *             one of the platforms Rogatory runs on
     */
    public static void check(String name) throws ArchiveRefusal {
        if (name.indexOf('\\') >= 0) {
            throw refuse(name, Messages.Entry_backslash);
        }
        if (name.startsWith("/")) { //$NON-NLS-1$
            throw refuse(name, Messages.Entry_absolute);
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            throw refuse(name, Messages.Entry_driveLetter);
        }
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name; //$NON-NLS-1$
        for (String segment : path.split("/", -1)) { //$NON-NLS-1$
            if ("..".equals(segment)) { //$NON-NLS-1$
                throw refuse(name, Messages.Entry_parent);
            }
        }
        if (!PackPaths.isSafe(path) || hasDeviceName(path)) {
            throw refuse(name, Messages.Entry_unsafe);
        }
        if (!path.equals(MANIFEST) && !name.startsWith(PACK_FOLDER) && !PACK_FOLDER.equals(name)) {
            throw new ArchiveRefusal(name, Messages.Entry_outsidePack, Messages.Entry_outsidePackHint);
        }
    }

    /**
     * Gives the key under which two names collide on a case-insensitive file system (Windows, macOS), so
     * {@code pack/A.rogatory} and {@code pack/a.rogatory} count as duplicates.
     *
     * @param name the entry name
     * @return the key
     */
    public static String collisionKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean hasDeviceName(String path) {
        for (String segment : path.split("/")) { //$NON-NLS-1$
            int dot = segment.indexOf('.');
            String base = (dot < 0 ? segment : segment.substring(0, dot)).toLowerCase(Locale.ROOT);
            if (WINDOWS_DEVICES.contains(base) || segment.endsWith(".") || segment.endsWith(" ")) { //$NON-NLS-1$ //$NON-NLS-2$
                return true;
            }
        }
        return false;
    }

    private static ArchiveRefusal refuse(String name, String message) {
        return new ArchiveRefusal(name, NLS.bind(message, name), Messages.Entry_pathHint);
    }
}
