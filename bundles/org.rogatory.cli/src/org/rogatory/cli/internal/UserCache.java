package org.rogatory.cli.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.rogatory.model.io.ImageCache;

/**
 * Where the command line keeps images of the pack files it reads: {@code ROGATORY_CACHE} if it is set ({@code off}
 * keeps none), else the platform's cache folder for the user ({@code $XDG_CACHE_HOME} or {@code ~/.cache} on Linux,
 * {@code %LOCALAPPDATA%} on Windows, {@code ~/Library/Caches} on macOS), under {@code rogatory/pack-images}.
 */
public final class UserCache {

    /** The environment variable that moves or turns off the cache. */
    public static final String VARIABLE = "ROGATORY_CACHE"; //$NON-NLS-1$

    private UserCache() {
    }

    /**
     * Gives the images of the user running the command.
     *
     * @return the cache, or {@code null} when it is turned off or no folder is known
     */
    public static ImageCache images() {
        return images(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * Gives the images for an environment, an operating system and a home folder.
     *
     * @param environment the environment variables
     * @param osName the value of {@code os.name}
     * @param home the user's home folder, or {@code null}
     * @return the cache, or {@code null} when it is turned off or no folder is known
     */
    public static ImageCache images(Map<String, String> environment, String osName, String home) {
        Path folder = folder(environment, osName.toLowerCase(Locale.ROOT), home);
        return folder == null ? null : ImageCache.in(folder.resolve("pack-images")); //$NON-NLS-1$
    }

    private static Path folder(Map<String, String> environment, String os, String home) {
        String chosen = environment.get(VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            return chosen.equalsIgnoreCase("off") ? null : Path.of(chosen); //$NON-NLS-1$
        }
        if (os.startsWith("windows")) { //$NON-NLS-1$
            String local = environment.get("LOCALAPPDATA"); //$NON-NLS-1$
            return local == null || local.isBlank() ? null : Path.of(local, "Rogatory", "cache"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (home == null || home.isBlank()) {
            return null;
        }
        if (os.startsWith("mac")) { //$NON-NLS-1$
            return Path.of(home, "Library", "Caches", "Rogatory"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String xdg = environment.get("XDG_CACHE_HOME"); //$NON-NLS-1$
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache"); //$NON-NLS-1$
        return base.resolve("rogatory"); //$NON-NLS-1$
    }
}
